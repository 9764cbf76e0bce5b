package org.schooljournal.demo.control;

import java.time.LocalDate;

/** A control work of the school's schedule (ВШК, R-S12): date, class, subject and form. */
public record DemoControlWork(
        DemoClass schoolClass, DemoSubject subject, LocalDate date, String form, String topic) {}
