package kr.go.smartfactory.aftersales.domain;

/** Who handles a request: the project's supplier (하자보수) or the regional AS support group (지역별 AS 지원단). */
public enum HandlerKind {
    SUPPLIER, SUPPORT_GROUP
}
