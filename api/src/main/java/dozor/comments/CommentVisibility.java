package dozor.comments;

/** Who may read a comment: staff only, or the customer too (through channels that show it to them). */
public enum CommentVisibility {
    INTERNAL, CUSTOMER
}
