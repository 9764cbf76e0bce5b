package org.schooljournal.archive.boundary;

/** TEMPORARY contract stub of h-store; removed when h-store lands on main. */
public record Checkpoint(long id, long treeSize, String rootHash) {}
