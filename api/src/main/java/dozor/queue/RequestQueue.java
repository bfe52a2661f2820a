package dozor.queue;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.events.sla.SlaBreached;
import dozor.events.sla.SlaClockUpdated;
import dozor.events.work.TaskCompleted;
import dozor.events.work.WorkEvent;
import dozor.queue.internal.QueueStore;
import dozor.requests.ServiceRequestChanged;
import dozor.requests.ServiceRequestManagement;
import dozor.requests.ServiceRequestView;
import dozor.shared.PageResponse;
import dozor.work.WorkManagement;
import dozor.work.WorkTaskView;

/**
 * The dispatcher's queue: a read model of every request that the features' events keep current inside their own
 * transactions, queried with full-text search, filters, server-side sorting and paging, and exported.
 */
@Service
public class RequestQueue {

    /** The most rows an export writes; a dispatcher narrowing the filter beats a 300 MB spreadsheet. */
    public static final int EXPORT_LIMIT = 100_000;

    private final QueueStore store;

    private final ServiceRequestManagement requests;

    private final WorkManagement work;

    RequestQueue(QueueStore store, ServiceRequestManagement requests, WorkManagement work) {
        this.store = store;
        this.requests = requests;
        this.work = work;
    }

    @Transactional(readOnly = true)
    public PageResponse<QueueEntry> search(QueueFilter filter, QueueSort sort, int page, int size) {
        return PageResponse.of(store.page(filter, sort, page, size), page, size, store.count(filter));
    }

    @Transactional(readOnly = true)
    public void export(QueueFilter filter, QueueSort sort, Consumer<QueueEntry> rows) {
        store.each(filter, sort, EXPORT_LIMIT, rows);
    }

    @EventListener
    void on(ServiceRequestChanged changed) {
        requests.find(changed.requestId()).ifPresent(this::refresh);
    }

    private void refresh(ServiceRequestView r) {
        String text = String.join(" ", Objects.toString(r.number(), ""), Objects.toString(r.customerName(), ""),
                Objects.toString(r.unp(), ""), Objects.toString(r.contactPhone(), ""),
                Objects.toString(r.contactEmail(), ""), Objects.toString(r.deviceModel(), ""),
                Objects.toString(r.serialNumber(), ""), Objects.toString(r.problemDescription(), ""),
                Objects.toString(r.region(), ""));
        store.upsertRequest(r.id(), r.number(), r.customerId(), r.customerName(), r.category().name(),
                r.deviceType().name(), r.deviceModel(), r.priority().name(), r.status().name(), r.registeredAt(),
                r.statusChangedAt(), r.duplicateState(), text);
    }

    @EventListener
    void on(WorkEvent event) {
        List<WorkTaskView> open = work.tasksOf(event.requestId()).stream().filter(t -> t.status().isOpen()).toList();
        store.setWork(event.requestId(), open.stream().map(t -> t.department().name()).distinct().sorted().toList(),
                open.stream().map(WorkTaskView::assignee).filter(Objects::nonNull).distinct().sorted().toList());
        if (event instanceof TaskCompleted completed) {
            store.appendText(event.requestId(), completed.note());
        }
    }

    @EventListener
    void on(SlaClockUpdated event) {
        store.setSla(event.requestId(), event.state(), event.dueAt());
    }

    @EventListener
    void on(SlaBreached event) {
        store.setSla(event.requestId(), "BREACHED", event.dueAt());
    }

    /** Lets other features add searchable words to a request (comment texts, document titles). */
    @Transactional
    public void addSearchText(java.util.UUID requestId, String text) {
        store.appendText(requestId, text);
    }
}
