package dozor.requests;

/** Who set the priority: the dispatcher at registration, the rules, or a later override with a reason. */
public enum PrioritySource {
    MANUAL, RULES, OVERRIDE
}
