/*
 * The cells not yet stored on the server (R-J05, issue 8 item 5): what cannot be sent (no
 * network, server restarting, session expired) waits in this browser's storage, survives a
 * reload and is sent, one cell at a time and each once, as soon as the server answers again.
 * Entries are keyed «lessonId:pupilId» and hold the typed text and the text it replaces.
 */
export function unsavedQueue(storageKey, api, on) {
    let flushing = false;
    let retryTimer = null;
    let retryDelay = 2000;

    function stored() {
        try {
            return JSON.parse(localStorage.getItem(storageKey) || "{}");
        } catch (e) {
            return {};
        }
    }
    let memory = stored();
    function store(pending) {
        try {
            if (Object.keys(pending).length) {
                localStorage.setItem(storageKey, JSON.stringify(pending));
            } else {
                localStorage.removeItem(storageKey);
            }
        } catch (e) {
            /* private mode without storage: the queue lives as long as the page */
        }
        memory = pending;
    }
    function pending() {
        const inStorage = stored();
        return Object.keys(inStorage).length ? inStorage : memory;
    }

    /* A cell typed again before it was sent still replaces what the server had. */
    function add(key, text, saved) {
        const entries = pending();
        entries[key] = { text: text, expected: entries[key] ? entries[key].expected : saved };
        store(entries);
        flush();
    }

    /* The server now holds text for the cell: drop the entry unless the teacher retyped the cell
       while it was on its way (then that text goes next, replacing what the server holds).
       Answers whether the cell is still waiting. */
    function settle(key, sent, text) {
        const entries = pending();
        if (entries[key] && entries[key].text !== sent.text) {
            entries[key].expected = text;
        } else {
            delete entries[key];
        }
        store(entries);
        return !!entries[key];
    }

    function flush() {
        if (flushing) {
            return;
        }
        const entries = pending();
        const key = Object.keys(entries)[0];
        if (!key) {
            on.unsaved(0);
            return;
        }
        flushing = true;
        const entry = entries[key];
        const [lesson, pupil] = key.split(":");
        api.putCell(lesson, pupil, entry).then((answer) => {
            const waiting = settle(key, entry, answer.cell);
            on.saved(key, entry, answer, waiting);
            retryDelay = 2000;
            flushing = false;
            flush();
        }, (problem) => {
            flushing = false;
            if (problem.retry) {
                on.unsaved(Object.keys(pending()).length, problem.message, problem.signIn);
                if (!problem.signIn) {
                    clearTimeout(retryTimer);
                    retryTimer = setTimeout(flush, retryDelay);
                    retryDelay = Math.min(retryDelay * 2, 30000);
                }
                return;
            }
            /* Refused for good (a mark the subject does not allow, a lesson not yet held, a cell
               changed meanwhile): the cell goes back to what the server holds, with why. */
            const current = problem.current !== undefined && problem.current !== null ? problem.current : entry.expected;
            const waiting = settle(key, entry, current);
            on.refused(key, entry, current, problem.message, waiting);
            flush();
        });
    }

    window.addEventListener("online", flush);
    window.addEventListener("focus", flush);
    return { add: add, flush: flush, pending: pending };
}
