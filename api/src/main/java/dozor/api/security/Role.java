package dozor.api.security;

/** The roles of Dozor's staff; an endpoint names the roles it admits. */
public enum Role {
    ADMIN, DISPATCHER, ENGINEER, WAREHOUSE, LOGISTICS, PROCUREMENT, ACCOUNTANT, MANAGER, ANALYST;

    public String authority() {
        return "ROLE_" + name();
    }
}
