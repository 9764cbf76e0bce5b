package org.schooljournal.archive.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MerkleLogTest {
    private static final HexFormat HEX = HexFormat.of();

    /** The RFC 6962 test leaves of certificate-transparency's reference implementation. */
    private static final String[] LEAVES = {
        "",
        "00",
        "10",
        "2021",
        "3031",
        "40414243",
        "5051525354555657",
        "606162636465666768696a6b6c6d6e6f"
    };

    /** Their trees' roots for 1 … 8 leaves, as the reference implementation publishes them. */
    private static final String[] ROOTS = {
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"
    };

    private static List<byte[]> leaves(int n) {
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            hashes.add(MerkleLog.leafHash(("document " + i).getBytes(StandardCharsets.UTF_8)));
        }
        return hashes;
    }

    @Test
    @DisplayName("R-P04 roots of 0 … 8 leaves are those of RFC 6962's reference test vectors")
    void referenceRoots() {
        assertThat(HEX.formatHex(MerkleLog.root(List.of())))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        List<byte[]> hashes = new ArrayList<>();
        for (int n = 1; n <= LEAVES.length; n++) {
            hashes.add(MerkleLog.leafHash(HEX.parseHex(LEAVES[n - 1])));
            assertThat(HEX.formatHex(MerkleLog.root(hashes)))
                    .as("size " + n)
                    .isEqualTo(ROOTS[n - 1]);
        }
    }

    @Test
    @DisplayName("R-P04 every leaf of every tree up to 70 leaves proves its inclusion (RFC 9162)")
    void inclusionOnManySizes() {
        for (int n = 1; n <= 70; n++) {
            List<byte[]> hashes = leaves(n);
            byte[] root = MerkleLog.root(hashes);
            for (int i = 0; i < n; i++) {
                List<byte[]> proof = MerkleLog.inclusionProof(hashes, i);
                assertThat(MerkleLog.verifyInclusion(i, n, hashes.get(i), proof, root))
                        .as("leaf %d of %d", i, n)
                        .isTrue();
                // the same proof does not place it elsewhere, nor another leaf here
                assertThat(MerkleLog.verifyInclusion((i + 1) % n, n, hashes.get(i), proof, root))
                        .as("moved leaf %d of %d", i, n)
                        .isEqualTo(n == 1);
                if (n > 1) {
                    assertThat(
                                    MerkleLog.verifyInclusion(
                                            i, n, hashes.get((i + 1) % n), proof, root))
                            .isFalse();
                }
            }
        }
    }

    @Test
    @DisplayName("R-P04 a changed byte of a leaf, a proof or a root fails the inclusion proof")
    void inclusionTampering() {
        List<byte[]> hashes = leaves(13);
        byte[] root = MerkleLog.root(hashes);
        List<byte[]> proof = MerkleLog.inclusionProof(hashes, 6);
        assertThat(MerkleLog.verifyInclusion(6, 13, hashes.get(6), proof, root)).isTrue();

        byte[] leaf = hashes.get(6).clone();
        leaf[0] ^= 1;
        assertThat(MerkleLog.verifyInclusion(6, 13, leaf, proof, root)).isFalse();
        for (int p = 0; p < proof.size(); p++) {
            List<byte[]> bent = new ArrayList<>(proof);
            byte[] step = bent.get(p).clone();
            step[31] ^= (byte) 0x80;
            bent.set(p, step);
            assertThat(MerkleLog.verifyInclusion(6, 13, hashes.get(6), bent, root)).isFalse();
        }
        byte[] otherRoot = root.clone();
        otherRoot[5] ^= 1;
        assertThat(MerkleLog.verifyInclusion(6, 13, hashes.get(6), proof, otherRoot)).isFalse();
        assertThat(
                        MerkleLog.verifyInclusion(
                                6, 13, hashes.get(6), proof.subList(1, proof.size()), root))
                .isFalse();
        // a data leaf posing as a node: the 0x00/0x01 prefixes keep them apart
        assertThat(MerkleLog.leafHash(new byte[64]))
                .isNotEqualTo(MerkleLog.nodeHash(new byte[32], new byte[32]));
    }

    @Test
    @DisplayName("R-P04 every older tree up to 50 leaves is proven a prefix of every newer one")
    void consistencyOnManySizes() {
        List<byte[]> all = leaves(50);
        for (int n = 1; n <= 50; n++) {
            List<byte[]> newer = all.subList(0, n);
            byte[] newRoot = MerkleLog.root(newer);
            for (int m = 1; m <= n; m++) {
                byte[] oldRoot = MerkleLog.root(all.subList(0, m));
                List<byte[]> proof = MerkleLog.consistencyProof(newer, m);
                assertThat(MerkleLog.verifyConsistency(m, n, proof, oldRoot, newRoot))
                        .as("%d → %d", m, n)
                        .isTrue();
            }
        }
    }

    @Test
    @DisplayName("R-P04 a rewritten history (a changed old leaf) fails the consistency proof")
    void consistencyTampering() {
        List<byte[]> honest = leaves(21);
        List<byte[]> rewritten = new ArrayList<>(honest);
        rewritten.set(3, MerkleLog.leafHash("forged".getBytes(StandardCharsets.UTF_8)));
        byte[] oldRoot = MerkleLog.root(honest.subList(0, 7));
        // the new tree rewrote leaf 3: its proof cannot reach the old root
        List<byte[]> proof = MerkleLog.consistencyProof(rewritten, 7);
        assertThat(MerkleLog.verifyConsistency(7, 21, proof, oldRoot, MerkleLog.root(rewritten)))
                .isFalse();
        // nor does the honest proof fit the rewritten tree's root
        List<byte[]> honestProof = MerkleLog.consistencyProof(honest, 7);
        assertThat(
                        MerkleLog.verifyConsistency(
                                7, 21, honestProof, oldRoot, MerkleLog.root(rewritten)))
                .isFalse();
        assertThat(MerkleLog.verifyConsistency(7, 21, honestProof, oldRoot, MerkleLog.root(honest)))
                .isTrue();
        assertThat(MerkleLog.verifyConsistency(8, 21, honestProof, oldRoot, MerkleLog.root(honest)))
                .isFalse();
        assertThat(MerkleLog.verifyConsistency(7, 21, List.of(), oldRoot, MerkleLog.root(honest)))
                .isFalse();
    }
}
