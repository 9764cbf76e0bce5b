package org.schooljournal.archive.boundary;

import java.util.List;

/** TEMPORARY contract stub of h-store; removed when h-store lands on main. */
public record IntegrityReport(int documents, List<String> problems) {}
