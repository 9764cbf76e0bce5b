package org.schooljournal.archive.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * R-P04: the append-only Merkle log of the archive, hashed as RFC 6962 / RFC 9162 §2.1 say: a leaf
 * is {@code SHA-256(0x00 ‖ data)}, a node {@code SHA-256(0x01 ‖ left ‖ right)}, and a tree of
 * {@code n} leaves splits at the largest power of two below {@code n}, so the tree of any size is
 * defined and an old tree is a prefix of every later one. Proofs are made from the list of leaf
 * hashes (RFC 6962 §2.1.1 PATH, §2.1.2 SUBPROOF) and verified with RFC 9162's algorithms (§2.1.3.2,
 * §2.1.4.2), which need nothing but the proof: that is what the offline verifier runs.
 *
 * <p>No maintained Java library does this (platform notes), hence these lines.
 */
public final class MerkleLog {
    private MerkleLog() {}

    /** {@code SHA-256(0x00 ‖ data)}. */
    public static byte[] leafHash(byte[] data) {
        MessageDigest sha = sha256();
        sha.update((byte) 0);
        return sha.digest(data);
    }

    /** {@code SHA-256(0x01 ‖ left ‖ right)}. */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha = sha256();
        sha.update((byte) 1);
        sha.update(left);
        return sha.digest(right);
    }

    /** The root of the tree of these leaf hashes; the empty tree's is SHA-256 of nothing. */
    public static byte[] root(List<byte[]> leaves) {
        return leaves.isEmpty() ? sha256().digest() : root(leaves, 0, leaves.size());
    }

    private static byte[] root(List<byte[]> leaves, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return leaves.get(from);
        }
        int k = split(n);
        return nodeHash(root(leaves, from, from + k), root(leaves, from + k, to));
    }

    /** The audit path of leaf {@code index} in the tree of all {@code leaves} (RFC 6962 PATH). */
    public static List<byte[]> inclusionProof(List<byte[]> leaves, int index) {
        if (index < 0 || index >= leaves.size()) {
            throw new IllegalArgumentException("leaf " + index + " of " + leaves.size());
        }
        List<byte[]> proof = new ArrayList<>();
        path(leaves, index, 0, leaves.size(), proof);
        return proof;
    }

    private static void path(List<byte[]> leaves, int m, int from, int to, List<byte[]> proof) {
        int n = to - from;
        if (n <= 1) {
            return;
        }
        int k = split(n);
        if (m < k) {
            path(leaves, m, from, from + k, proof);
            proof.add(root(leaves, from + k, to));
        } else {
            path(leaves, m - k, from + k, to, proof);
            proof.add(root(leaves, from, from + k));
        }
    }

    /**
     * The proof that the tree of the first {@code oldSize} leaves is a prefix of the tree of all
     * {@code leaves} (RFC 6962 SUBPROOF); empty when the sizes are equal or the old tree is empty.
     */
    public static List<byte[]> consistencyProof(List<byte[]> leaves, int oldSize) {
        if (oldSize < 0 || oldSize > leaves.size()) {
            throw new IllegalArgumentException("size " + oldSize + " of " + leaves.size());
        }
        List<byte[]> proof = new ArrayList<>();
        if (oldSize > 0 && oldSize < leaves.size()) {
            subproof(leaves, oldSize, 0, leaves.size(), true, proof);
        }
        return proof;
    }

    private static void subproof(
            List<byte[]> leaves, int m, int from, int to, boolean whole, List<byte[]> proof) {
        int n = to - from;
        if (m == n) {
            if (!whole) {
                proof.add(root(leaves, from, to));
            }
            return;
        }
        int k = split(n);
        if (m <= k) {
            subproof(leaves, m, from, from + k, whole, proof);
            proof.add(root(leaves, from + k, to));
        } else {
            subproof(leaves, m - k, from + k, to, false, proof);
            proof.add(root(leaves, from, from + k));
        }
    }

    /** RFC 9162 §2.1.3.2: whether {@code proof} puts {@code leafHash} at {@code index} of root. */
    public static boolean verifyInclusion(
            long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /**
     * RFC 9162 §2.1.4.2: whether {@code proof} shows the tree of {@code oldSize} leaves with {@code
     * oldRoot} to be a prefix of the tree of {@code newSize} leaves with {@code newRoot}.
     */
    public static boolean verifyConsistency(
            long oldSize, long newSize, List<byte[]> proof, byte[] oldRoot, byte[] newRoot) {
        if (oldSize < 0 || oldSize > newSize) {
            return false;
        }
        if (oldSize == newSize) {
            return proof.isEmpty() && Arrays.equals(oldRoot, newRoot);
        }
        if (oldSize == 0) {
            // the empty tree is a prefix of every tree: nothing to prove
            return proof.isEmpty();
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(oldSize) == 1) {
            // the old tree is a complete subtree: its root starts the path
            path.add(0, oldRoot);
        }
        long fn = oldSize - 1;
        long sn = newSize - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, oldRoot) && Arrays.equals(sr, newRoot);
    }

    /** The largest power of two smaller than {@code n} (n ≥ 2). */
    static int split(int n) {
        return Integer.highestOneBit(n - 1);
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
