package dozor.notifications;

import java.util.Locale;

/**
 * What a notice is about. The code is the stable key stored with each notice and each preference; the display
 * names are what a person reads in the feed, the preferences screen and the external messages.
 */
public enum NoticeType {

    SLA_WARNING("Скоро истечёт срок SLA", "SLA deadline is near"),
    SLA_BREACHED("Нарушен срок SLA", "SLA breached"),
    SLA_ESCALATED("Эскалация по SLA", "SLA escalated"),
    REQUEST_ASSIGNED("Назначена заявка", "Request assigned"),
    TASK_ASSIGNED("Назначена работа", "Task assigned"),
    REQUEST_STATUS_CHANGED("Изменён статус заявки", "Request status changed"),
    COMMENT_ADDED("Новый комментарий", "New comment"),
    PURCHASE_LATE("Просрочена поставка", "Late delivery"),
    STOCK_LOW("Мало на складе", "Low stock");

    private final String russian;

    private final String english;

    NoticeType(String russian, String english) {
        this.russian = russian;
        this.english = english;
    }

    /** The Russian name, Dozor's default language. */
    public String displayName() {
        return russian;
    }

    /** English when asked for, Russian otherwise. */
    public String displayName(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? english : russian;
    }
}
