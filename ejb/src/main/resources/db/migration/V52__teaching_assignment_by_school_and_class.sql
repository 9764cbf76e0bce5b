-- Issue 11, "reads that do not grow": a school's journals were found only by their teacher, subject
-- or group, so the class teacher's list (the journals of its classes) and the head's (every journal
-- of the school) read every journal of the municipality. Leading with the school, as the tenant's
-- filter does, then the class.
create index teaching_assignment_school_class_ix on teaching_assignment (school_id, class_id);
