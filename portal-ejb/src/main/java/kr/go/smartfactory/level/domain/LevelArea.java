package kr.go.smartfactory.level.domain;

/** The five areas of the smart-factory level matrix that the self-diagnosis asks about. */
public enum LevelArea {
    /** 현장자동화: equipment, sensors, data collection on the shop floor. */
    FIELD_AUTOMATION,
    /** 공장운영: production planning, execution, quality, maintenance (MES). */
    FACTORY_OPERATION,
    /** 기업자원관리: ERP, purchasing, sales, costs. */
    ENTERPRISE_RESOURCES,
    /** 제품개발: design and engineering data (PLM, CAD/CAE). */
    PRODUCT_DEVELOPMENT,
    /** 공급사슬: suppliers, customers and logistics (SCM). */
    SUPPLY_CHAIN
}
