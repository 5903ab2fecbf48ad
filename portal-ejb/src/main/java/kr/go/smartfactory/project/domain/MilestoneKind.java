package kr.go.smartfactory.project.domain;

/** The agreement's milestones: 착수 (kick-off report), 중간 (interim inspection), 완료 (completion). */
public enum MilestoneKind {
    KICKOFF, INTERIM, COMPLETION
}
