package org.schooljournal.people.web;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;
import org.omnifaces.util.Messages;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.identity.web.Texts;
import org.schooljournal.people.boundary.GroupData;
import org.schooljournal.people.boundary.StudyGroups;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.web.Refusals;
import org.schooljournal.school.boundary.AssignmentLoad;
import org.schooljournal.school.boundary.Assignments;
import org.schooljournal.school.web.GroupChoosers;
import org.schooljournal.school.web.GroupChoosers.Choice;

/**
 * One group opened from the groups table (R-S06, R-S08): its name, its members (a class's pupils,
 * or for a stream pupils gathered from several classes) and the journals taught to it.
 */
@Named("group")
@ViewScoped
public class GroupDetailView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject StudyGroups studyGroups;
    @Inject Assignments assignments;

    @Inject SessionView session;
    @Inject GroupsView groups;
    @Inject GroupChoosers choosers;

    private GroupData shown;
    private String name;
    private List<Long> memberIds = new ArrayList<>();
    private final List<Choice> candidates = new ArrayList<>();
    private final List<JournalRow> journals = new ArrayList<>();
    private Long fromClassId;
    private Long subjectId;
    private Long teacherId;

    public void open(long groupId) {
        try {
            show(studyGroups.one(groupId));
        } catch (EJBException | JournalException e) {
            Refusals.show(e, session.getLocale());
        }
    }

    public void close() {
        shown = null;
    }

    private void show(GroupData group) {
        shown = group;
        name = group.name();
        memberIds =
                new ArrayList<>(group.members().stream().map(GroupData.Member::pupilId).toList());
        candidates.clear();
        journals.clear();
        fromClassId = null;
        if (isStream()) {
            group.members()
                    .forEach(
                            m ->
                                    candidates.add(
                                            new Choice(
                                                    m.pupilId(),
                                                    labelled(m.name(), m.classTitle()))));
        } else {
            candidates.addAll(choosers.pupilsOf(group.classId()));
        }
        group.assignments().forEach(a -> journals.add(new JournalRow(a)));
    }

    /** Offers a stream the pupils of one more class; ticking them is still the deputy's choice. */
    public void addClass() {
        if (fromClassId == null) {
            return;
        }
        String title =
                choosers.getClasses().stream()
                        .filter(c -> c.id() == fromClassId)
                        .map(Choice::label)
                        .findFirst()
                        .orElse("");
        var offered = new LinkedHashSet<Long>(candidates.stream().map(Choice::id).toList());
        choosers.pupilsOf(fromClassId).stream()
                .filter(p -> offered.add(p.id()))
                .forEach(p -> candidates.add(new Choice(p.id(), labelled(p.label(), title))));
    }

    public void rename() {
        if (name == null || name.isBlank() || name.strip().equals(shown.name())) {
            name = shown.name();
            return;
        }
        changed(() -> studyGroups.rename(shown.id(), name.strip()), "groups.renamed");
    }

    public void saveMembers() {
        changed(
                () -> studyGroups.setMembers(shown.id(), new LinkedHashSet<>(memberIds)),
                "groups.membersSaved");
    }

    public void addJournal() {
        if (subjectId == null || teacherId == null) {
            Messages.addGlobalError(Texts.get("groups.journalRequired"));
            return;
        }
        changed(
                () -> {
                    assignments.create(teacherId, subjectId, null, shown.id());
                    subjectId = null;
                    teacherId = null;
                    return studyGroups.one(shown.id());
                },
                "groups.journalAdded");
    }

    public void changeTeacher(JournalRow row) {
        changed(
                () -> {
                    assignments.changeTeacher(row.id, row.teacherId);
                    return studyGroups.one(shown.id());
                },
                "groups.teacherChanged");
    }

    public void removeJournal(JournalRow row) {
        changed(
                () -> {
                    assignments.remove(row.id);
                    return studyGroups.one(shown.id());
                },
                "groups.journalRemoved");
    }

    public void removeGroup() {
        studyGroups.remove(shown.id());
        Messages.addGlobalInfo(MessageFormat.format(Texts.get("groups.removed"), shown.name()));
        shown = null;
        groups.reload();
    }

    /**
     * Runs a change and shows the group as saved; on a refusal the saved group is shown again, so
     * the screen never holds what the service did not accept.
     */
    private void changed(Supplier<GroupData> change, String doneKey) {
        try {
            show(change.get());
            groups.reload();
            Messages.addGlobalInfo(MessageFormat.format(Texts.get(doneKey), shown.name()));
        } catch (EJBException | JournalException e) {
            Refusals.show(e, session.getLocale());
            open(shown.id());
        }
    }

    private static String labelled(String pupil, String classTitle) {
        return pupil + " (" + classTitle + ")";
    }

    public boolean isStream() {
        return shown != null && shown.classId() == null;
    }

    public GroupData getShown() {
        return shown;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<Long> getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(List<Long> memberIds) {
        this.memberIds = memberIds;
    }

    public List<Choice> getCandidates() {
        return candidates;
    }

    public List<JournalRow> getJournals() {
        return journals;
    }

    public Long getFromClassId() {
        return fromClassId;
    }

    public void setFromClassId(Long fromClassId) {
        this.fromClassId = fromClassId;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public Long getTeacherId() {
        return teacherId;
    }

    public void setTeacherId(Long teacherId) {
        this.teacherId = teacherId;
    }

    /** A journal of the group, with the teacher being chosen for it. */
    public static final class JournalRow implements Serializable {
        private static final long serialVersionUID = 1L;

        private final long id;
        private final String subject;
        private Long teacherId;

        JournalRow(AssignmentLoad load) {
            this.id = load.id();
            this.subject = load.subjectName();
            this.teacherId = load.teacherId();
        }

        public long getId() {
            return id;
        }

        public String getSubject() {
            return subject;
        }

        public Long getTeacherId() {
            return teacherId;
        }

        public void setTeacherId(Long teacherId) {
            this.teacherId = teacherId;
        }
    }
}
