package org.schooljournal.diary.boundary;

import java.util.List;

/**
 * R-A04: the slips of one issue as a PDF, how many it holds, and who got none because it had
 * already signed in.
 */
public record IssuedSlips(byte[] pdf, int count, List<String> skipped) {}
