package dozor.work;

/** What a department must do for a request. */
public enum TaskKind {
    DIAGNOSE(Department.ENGINEERING, "Диагностика"), REPAIR(Department.ENGINEERING, "Ремонт"),
    INSTALL(Department.ENGINEERING, "Монтаж"), CONSULT(Department.ENGINEERING, "Консультация"),
    RESERVE_PARTS(Department.WAREHOUSE, "Резерв запчастей"), ISSUE_PARTS(Department.WAREHOUSE, "Выдача запчастей"),
    PURCHASE_PARTS(Department.PROCUREMENT, "Закупка запчастей"), PICKUP(Department.LOGISTICS, "Забор устройства"),
    SHIP(Department.LOGISTICS, "Отгрузка"), INVOICE(Department.ACCOUNTING, "Счёт");

    private final Department department;

    private final String title;

    TaskKind(Department department, String title) {
        this.department = department;
        this.title = title;
    }

    /** The Russian name people read in notices (the web UI has its own, translated, labels). */
    public String title() {
        return title;
    }

    public Department department() {
        return department;
    }
}
