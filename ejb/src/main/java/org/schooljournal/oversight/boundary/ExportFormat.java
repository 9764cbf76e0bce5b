package org.schooljournal.oversight.boundary;

/** The formats every report exports to (R-O01). */
public enum ExportFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv; charset=UTF-8", "csv"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** «xlsx», «csv» or «pdf», any case; null for anything else. */
    public static ExportFormat parse(String extension) {
        for (ExportFormat f : values()) {
            if (f.extension.equalsIgnoreCase(extension)) {
                return f;
            }
        }
        return null;
    }
}
