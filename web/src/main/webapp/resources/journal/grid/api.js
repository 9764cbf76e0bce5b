/*
 * The REST API as the grid calls it, with the session cookie. A request resolves to the JSON
 * answer (or null) and rejects with { message, current } to show, and retry: true when it may
 * succeed later unchanged (no connection, the server unavailable, the session expired: signIn).
 */
export function apiClient(base, lang, text) {
    function send(method, path, body, what) {
        const request = { method: method, credentials: "same-origin",
                          headers: { "Content-Type": "application/json", "Accept": "application/json",
                                     "Accept-Language": lang, "X-Requested-With": "fetch" } };
        if (body) {
            request.body = JSON.stringify(body);
        }
        return fetch(base + path, request).then((response) => {
            if (response.ok) {
                return response.status === 204 ? null : response.json().then(null, () => null);
            }
            if (response.status === 401) {
                return Promise.reject({ retry: true, signIn: true, message: text("journal.script.sessionEnded") });
            }
            if (response.status >= 500 || response.status === 408 || response.status === 429) {
                return Promise.reject({ retry: true, message: text("journal.script.offline") });
            }
            return response.json().then(
                (problem) => Promise.reject({ message: problem.detail || response.statusText, current: problem.current }),
                () => Promise.reject({ message: response.statusText || String(response.status) }));
        }, () => {
            /* a lesson's notes are not queued: the teacher sees at once that they were not saved */
            if (what === "lesson") {
                return Promise.reject({ message: text("journal.script.lessonOffline") });
            }
            return Promise.reject({ retry: true, message: text("journal.script.offline") });
        });
    }

    return {
        /* One cell as a whole with the text it replaces (R-J01, R-J05). */
        putCell: (lesson, pupil, entry) =>
            send("PUT", "/lessons/" + lesson + "/cells/" + pupil, { text: entry.text, expected: entry.expected }),
        /* A lesson's topic, homework and «Не задано», stored together (R-J03). */
        putLesson: (lesson, notes) => send("PUT", "/lessons/" + lesson, notes, "lesson")
    };
}
