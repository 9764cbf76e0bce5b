package org.schooljournal.journal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Messages;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.identity.web.Texts;
import org.schooljournal.journal.boundary.WorkTypes;
import org.schooljournal.journal.entity.WorkType;
import org.schooljournal.platform.entity.Role;

/**
 * The work types screen (R-J02, R-J07): which work types the school gives marks for and how much
 * each weighs in the period average. The head and the deputy head change them; other staff see
 * them.
 */
@Named("workTypes")
@ViewScoped
public class WorkTypesView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject WorkTypes workTypes;

    @Inject SessionView session;

    private final List<Row> rows = new ArrayList<>();

    @PostConstruct
    void init() {
        load(workTypes.all());
    }

    private void load(List<WorkTypes.Setting> settings) {
        rows.clear();
        settings.forEach(s -> rows.add(new Row(s)));
    }

    /** Saves every row at once; on a refusal nothing is stored and the rows keep what was typed. */
    public void save() {
        load(
                workTypes.save(
                        rows.stream()
                                .map(
                                        r ->
                                                new WorkTypes.Setting(
                                                        r.workType, r.code, r.used, r.weight))
                                .toList()));
        Messages.addGlobalInfo(Texts.get("workTypes.saved"));
    }

    /** Whether the caller may change the settings (the head or the deputy head). */
    public boolean isEditable() {
        return session.has(Role.HEAD) || session.has(Role.DEPUTY_HEAD);
    }

    public List<Row> getRows() {
        return rows;
    }

    /** A work type in the table, with what is being typed. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;

        private final String workType;
        private final String code;
        private boolean used;
        private BigDecimal weight;

        Row(WorkTypes.Setting s) {
            this.workType = s.workType();
            this.code = s.code();
            this.used = s.used();
            this.weight = s.weight();
        }

        public String getWorkType() {
            return workType;
        }

        public String getCode() {
            return code;
        }

        /** The answer in class is the mark without a letter and is always used. */
        public boolean isAlwaysUsed() {
            return WorkType.ANSWER.name().equals(workType);
        }

        public boolean isUsed() {
            return used;
        }

        public void setUsed(boolean used) {
            this.used = used;
        }

        public BigDecimal getWeight() {
            return weight;
        }

        public void setWeight(BigDecimal weight) {
            this.weight = weight;
        }
    }
}
