package dozor.work;

/** The departments that act on requests, each staffed by one role. */
public enum Department {
    ENGINEERING("ENGINEER"), WAREHOUSE("WAREHOUSE"), PROCUREMENT("PROCUREMENT"), LOGISTICS("LOGISTICS"),
    ACCOUNTING("ACCOUNTANT");

    private final String staffRole;

    Department(String staffRole) {
        this.staffRole = staffRole;
    }

    public String staffRole() {
        return staffRole;
    }
}
