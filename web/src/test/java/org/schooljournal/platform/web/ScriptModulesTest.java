package org.schooljournal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScriptModulesTest {
    private static SortedMap<String, byte[]> scripts(String main, String api) {
        SortedMap<String, byte[]> scripts = new TreeMap<>();
        scripts.put("/resources/journal/grid/main.js", main.getBytes(StandardCharsets.UTF_8));
        scripts.put("/resources/journal/grid/api.js", api.getBytes(StandardCharsets.UTF_8));
        return scripts;
    }

    @Test
    @DisplayName(
            "R-J01 the grid modules' version changes with any script's content and only with it")
    void versionFollowsTheContent() {
        String deployed = ScriptModules.versionOf(scripts("import './api.js';", "export {};"));
        assertThat(deployed).matches("[0-9a-f]{16}");
        assertThat(ScriptModules.versionOf(scripts("import './api.js';", "export {};")))
                .as("the same scripts deployed again")
                .isEqualTo(deployed);
        assertThat(ScriptModules.versionOf(scripts("import './api.js';", "export { x };")))
                .as("one module changed")
                .isNotEqualTo(deployed);
        assertThat(ScriptModules.versionOf(scripts("import './api.js'", ";export {};")))
                .as("a byte moved from one script to the next")
                .isNotEqualTo(deployed);
    }

    @Test
    @DisplayName(
            "R-J01 only a script of the current version is served: another version, a path out of the folder or not a script is not")
    void servesOnlyTheCurrentVersionsScripts() {
        String v = "0123456789abcdef";
        assertThat(ScriptModules.resourceOf("/" + v + "/journal/grid/main.js", v))
                .hasValue("/resources/journal/grid/main.js");
        assertThat(ScriptModules.resourceOf("/fedcba9876543210/journal/grid/main.js", v)).isEmpty();
        assertThat(ScriptModules.resourceOf("/" + v + "/journal/../../WEB-INF/web.xml", v))
                .isEmpty();
        assertThat(ScriptModules.resourceOf("/" + v + "/journal/grid/../../WEB-INF/x.js", v))
                .isEmpty();
        assertThat(ScriptModules.resourceOf("/" + v + "/journal/journal.css", v)).isEmpty();
        assertThat(ScriptModules.resourceOf(null, v)).isEmpty();
    }
}
