package org.schooljournal.oversight.boundary;

/** An exported report: its file name, media type and bytes. */
public record Export(String fileName, String mediaType, byte[] bytes) {}
