package org.schooljournal.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuditChainTest {
    /** A chain of entries with the given new values, hashed as the application does. */
    private static List<AuditChain.Link> chain(String... values) {
        List<AuditChain.Link> links = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        long seq = 1;
        for (String v : values) {
            List<String> fields = Arrays.asList("s1.teacher1", "MARK", null, v);
            String hash = AuditChain.hash(prev, seq, fields);
            links.add(new AuditChain.Link(seq++, fields, prev, hash));
            prev = hash;
        }
        return links;
    }

    @Test
    @DisplayName("R-A08 an untouched chain holds")
    void intact() {
        assertThat(AuditChain.firstBroken(chain("3", "4", "5"))).isEmpty();
        assertThat(AuditChain.firstBroken(List.of())).isEmpty();
    }

    @Test
    @DisplayName("R-A08 an edited entry is named, even when its own hash was recomputed")
    void edited() {
        List<AuditChain.Link> links = new ArrayList<>(chain("3", "4", "5"));
        AuditChain.Link second = links.get(1);
        List<String> forged = Arrays.asList("s1.teacher1", "MARK", null, "5");
        links.set(1, new AuditChain.Link(2, forged, second.prevHash(), second.hash()));
        assertThat(AuditChain.firstBroken(links)).contains(2L);

        links.set(
                1,
                new AuditChain.Link(
                        2,
                        forged,
                        second.prevHash(),
                        AuditChain.hash(second.prevHash(), 2, forged)));
        assertThat(AuditChain.firstBroken(links)).contains(3L);
    }

    @Test
    @DisplayName("R-A08 a removed or an inserted entry is named")
    void removedOrInserted() {
        List<AuditChain.Link> removed = new ArrayList<>(chain("3", "4", "5"));
        removed.remove(1);
        assertThat(AuditChain.firstBroken(removed)).contains(3L);

        List<AuditChain.Link> inserted = new ArrayList<>(chain("3", "4"));
        inserted.add(1, chain("9").get(0));
        assertThat(AuditChain.firstBroken(inserted)).contains(1L);
    }

    @Test
    @DisplayName(
            "R-A08 two entries swapped are named, also when their positions were renumbered to fit")
    void reordered() {
        List<AuditChain.Link> links = chain("3", "4", "5");
        List<AuditChain.Link> swapped = new ArrayList<>(links);
        swapped.set(1, links.get(2));
        swapped.set(2, links.get(1));
        assertThat(AuditChain.firstBroken(swapped)).contains(3L);

        AuditChain.Link second = links.get(1);
        AuditChain.Link third = links.get(2);
        List<AuditChain.Link> renumbered =
                List.of(
                        links.get(0),
                        new AuditChain.Link(2, third.fields(), third.prevHash(), third.hash()),
                        new AuditChain.Link(3, second.fields(), second.prevHash(), second.hash()));
        assertThat(AuditChain.firstBroken(renumbered)).contains(2L);
    }

    @Test
    @DisplayName(
            "R-A08 a cut-off tail leaves a shorter chain that holds by itself: the signed head names the first missing entry")
    void cutTailFoundByTheSignedHead() {
        List<AuditChain.Link> links = chain("3", "4", "5", "2");
        AuditChain.Link head = links.get(2);
        assertThat(AuditChain.missesHead(links, head.seq(), head.hash())).isEmpty();

        List<AuditChain.Link> cut = links.subList(0, 1);
        assertThat(AuditChain.firstBroken(cut)).isEmpty();
        assertThat(AuditChain.missesHead(cut, head.seq(), head.hash())).contains(2L);
        assertThat(AuditChain.missesHead(List.of(), head.seq(), head.hash())).contains(1L);
    }

    @Test
    @DisplayName(
            "R-A08 a chain cut and grown again to the signed position is found: the head's hash differs")
    void regrownChainFoundByTheSignedHead() {
        List<AuditChain.Link> links = chain("3", "4", "5");
        AuditChain.Link head = links.get(2);
        List<AuditChain.Link> regrown = chain("3", "4", "2");
        assertThat(AuditChain.firstBroken(regrown)).isEmpty();
        assertThat(AuditChain.missesHead(regrown, head.seq(), head.hash())).contains(3L);
    }

    @Test
    @DisplayName("R-A08 fields are length-prefixed: moving text between fields changes the hash")
    void unambiguous() {
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, Arrays.asList("a|b", "c")))
                .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, 1, Arrays.asList("a", "b|c")));
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, Arrays.asList("", null)))
                .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, 1, Arrays.asList(null, "")));
    }
}
