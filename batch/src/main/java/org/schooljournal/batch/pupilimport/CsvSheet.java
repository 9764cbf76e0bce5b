package org.schooljournal.batch.pupilimport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a CSV roster: UTF-8 with or without a BOM, separated by ; (Russian Excel) or by ,. */
final class CsvSheet {
    private CsvSheet() {}

    static void read(byte[] content, RosterFile.Sink sink) {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw RosterFile.invalid("import.file.empty");
        }
        CSVFormat format =
                CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(separator(text))
                        // an empty line is a row a spreadsheet shows: keep the numbering right
                        .setIgnoreEmptyLines(false)
                        .get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                // one record per spreadsheet row, even when a quoted cell spans several lines
                int number = Math.toIntExact(record.getRecordNumber());
                if (!sink.row(number, Arrays.asList(record.values()), Set.of())) {
                    return;
                }
            }
        } catch (IOException | UncheckedIOException malformed) {
            throw RosterFile.invalid("import.file.format");
        }
    }

    /**
     * Strict UTF-8: a Windows-1251 export or a binary file must be refused, not imported as
     * replacement characters.
     */
    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw RosterFile.invalid("import.file.format");
        }
    }

    /** The separator the header line uses more: ; for Russian-locale Excel, , elsewhere. */
    static char separator(String text) {
        int end = text.length();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                end = i;
                break;
            }
        }
        String header = text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }
}
