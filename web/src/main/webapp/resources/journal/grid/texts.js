/*
 * The grid's texts, from the screens' resource bundles in the page's language: the page renders
 * them as JSON in the grid's data-texts attribute (JournalView.getScriptTexts), so a text is
 * translated in one place, never in this script.
 */
export function textsOf(element) {
    let texts = {};
    try {
        texts = JSON.parse(element.dataset.texts || "{}");
    } catch (e) {
        /* a broken block shows the keys rather than stop the grid */
    }
    /* The text of a key with {0}, {1}… filled in, as MessageFormat does on the server. */
    return function text(key, ...args) {
        const pattern = texts[key] === undefined ? key : texts[key];
        return pattern.replace(/\{(\d+)\}/g, (all, i) => (args[i] === undefined ? all : String(args[i])));
    };
}
