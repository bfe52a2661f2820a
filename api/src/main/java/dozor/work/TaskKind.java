package dozor.work;

/** What a department must do for a request. */
public enum TaskKind {
    DIAGNOSE(Department.ENGINEERING), REPAIR(Department.ENGINEERING), INSTALL(Department.ENGINEERING),
    CONSULT(Department.ENGINEERING), RESERVE_PARTS(Department.WAREHOUSE), ISSUE_PARTS(Department.WAREHOUSE),
    PURCHASE_PARTS(Department.PROCUREMENT), PICKUP(Department.LOGISTICS), SHIP(Department.LOGISTICS),
    INVOICE(Department.ACCOUNTING);

    private final Department department;

    TaskKind(Department department) {
        this.department = department;
    }

    public Department department() {
        return department;
    }
}
