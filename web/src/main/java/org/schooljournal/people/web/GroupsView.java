package org.schooljournal.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.omnifaces.util.Messages;
import org.schooljournal.identity.web.Texts;
import org.schooljournal.people.boundary.GroupData;
import org.schooljournal.people.boundary.StudyGroups;

/**
 * The study groups screen (R-S06): the school's groups and streams with their journals, and the
 * three ways a group comes about: a class split for a subject, a group of one class, a stream of
 * several classes. The chosen group's detail is {@link GroupDetailView}.
 */
@Named("groups")
@ViewScoped
public class GroupsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject StudyGroups studyGroups;

    private List<GroupData> rows = List.of();
    private Long splitClassId;
    private String prefix;
    private int parts = 2;
    private Long classId;
    private String name;
    private String streamName;
    private Integer grade;

    @PostConstruct
    void init() {
        reload();
    }

    /** Reads the groups again, after this screen or the plans section changed them. */
    public void reload() {
        rows = studyGroups.all();
    }

    public void split() {
        if (splitClassId == null || prefix == null || prefix.isBlank()) {
            Messages.addGlobalError(Texts.get("groups.splitRequired"));
            return;
        }
        List<GroupData> made = studyGroups.split(splitClassId, prefix.strip(), parts);
        reload();
        prefix = null;
        Messages.addGlobalInfo(
                MessageFormat.format(
                        Texts.get("groups.split"),
                        made.stream().map(GroupData::name).collect(Collectors.joining(", "))));
    }

    public void createInClass() {
        if (classId == null || name == null || name.isBlank()) {
            Messages.addGlobalError(Texts.get("groups.classGroupRequired"));
            return;
        }
        GroupData made = studyGroups.createInClass(classId, name.strip());
        reload();
        name = null;
        Messages.addGlobalInfo(MessageFormat.format(Texts.get("groups.created"), made.name()));
    }

    public void createStream() {
        if (streamName == null || streamName.isBlank() || grade == null) {
            Messages.addGlobalError(Texts.get("groups.streamRequired"));
            return;
        }
        GroupData made = studyGroups.createStream(streamName.strip(), grade);
        reload();
        streamName = null;
        Messages.addGlobalInfo(MessageFormat.format(Texts.get("groups.created"), made.name()));
    }

    /** The journals of a group as one line each: «subject — teacher». */
    public List<String> journals(GroupData group) {
        return group.assignments().stream()
                .map(a -> a.subjectName() + " — " + a.teacherName())
                .toList();
    }

    public List<GroupData> getRows() {
        return rows;
    }

    public List<Integer> getPartChoices() {
        return List.of(2, 3, 4);
    }

    public List<Integer> getGradeChoices() {
        return IntStream.rangeClosed(1, 11).boxed().toList();
    }

    public Long getSplitClassId() {
        return splitClassId;
    }

    public void setSplitClassId(Long splitClassId) {
        this.splitClassId = splitClassId;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public int getParts() {
        return parts;
    }

    public void setParts(int parts) {
        this.parts = parts;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStreamName() {
        return streamName;
    }

    public void setStreamName(String streamName) {
        this.streamName = streamName;
    }

    public Integer getGrade() {
        return grade;
    }

    public void setGrade(Integer grade) {
        this.grade = grade;
    }
}
