package dozor.work;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.api.audit.AuditLog;
import dozor.api.outbox.Outbox;
import dozor.api.security.CurrentUser;
import dozor.customers.Counterparties;
import dozor.events.requests.RequestStatusChanged;
import dozor.events.work.TaskAssigned;
import dozor.events.work.TaskCancelled;
import dozor.events.work.TaskCompleted;
import dozor.events.work.TaskCreated;
import dozor.events.work.TaskStarted;
import dozor.requests.RequestAction;
import dozor.requests.ServiceRequestManagement;
import dozor.requests.ServiceRequestNotFound;
import dozor.requests.ServiceRequestView;
import dozor.shared.Ids;
import dozor.work.internal.RoutingRules;
import dozor.work.internal.Staff;
import dozor.work.internal.WorkTasks;

/**
 * The public API of the work feature: the tasks each department does for a request. A triaged request is routed
 * by the rules into tasks, each given to the least loaded qualified person; the request advances as they finish.
 */
@Service
public class WorkManagement {

    private static final Set<TaskKind> AFTER_READY = EnumSet.of(TaskKind.SHIP, TaskKind.INVOICE);

    /** Tasks that bring parts: another task that depends on one of them waits for parts. */
    static final Set<TaskKind> PARTS = EnumSet.of(TaskKind.RESERVE_PARTS, TaskKind.ISSUE_PARTS,
            TaskKind.PURCHASE_PARTS);

    private static final Set<String> COORDINATORS = Set.of("ADMIN", "DISPATCHER", "MANAGER");

    private final WorkTasks tasks;

    private final RoutingRules routing;

    private final Staff staff;

    private final ServiceRequestManagement requests;

    private final Counterparties counterparties;

    private final Outbox outbox;

    private final AuditLog audit;

    private final Clock clock;

    private final WorkProperties properties;

    WorkManagement(WorkTasks tasks, RoutingRules routing, Staff staff, ServiceRequestManagement requests,
            Counterparties counterparties, Outbox outbox, AuditLog audit, Clock clock, WorkProperties properties) {
        this.tasks = tasks;
        this.routing = routing;
        this.staff = staff;
        this.requests = requests;
        this.counterparties = counterparties;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    /** Routes a request when it is triaged and cancels its open tasks when it is cancelled; same transaction. */
    @EventListener
    void on(RequestStatusChanged event) {
        if ("TRIAGED".equals(event.toStatus()) && tasks.ofRequest(event.requestId()).isEmpty()) {
            route(event.requestId(), event.actor());
        }
        else if ("CANCELLED".equals(event.toStatus())) {
            for (WorkTaskView task : tasks.ofRequest(event.requestId())) {
                if (task.status().isOpen()) {
                    WorkTaskView cancelled = with(task, task.assignee(), TaskStatus.CANCELLED, task.startedAt(),
                            clock.instant(), event.reason());
                    save(task, cancelled, "TASK_CANCELLED");
                    outbox.append(new TaskCancelled(Ids.newId(), clock.instant(), TaskCancelled.CURRENT_VERSION,
                            task.id(), task.requestId(), task.department().name(), event.reason()));
                }
            }
        }
    }

    private void route(UUID requestId, String actor) {
        ServiceRequestView request = requests.find(requestId).orElseThrow(() -> new ServiceRequestNotFound(requestId));
        String tier = counterparties.find(request.customerId()).map(c -> c.tier().name()).orElse("STANDARD");
        Optional<RoutingRule> rule = routing.match(request.category().name(), request.deviceType().name(),
                request.region(), tier);
        if (rule.isEmpty()) {
            return; // no rule: the dispatcher plans the work by hand
        }
        Instant now = clock.instant();
        Map<TaskKind, UUID> created = new EnumMap<>(TaskKind.class);
        // Dependencies name kinds of the same plan; create in an order where each predecessor exists first.
        List<RoutingRule.PlannedTask> pending = new java.util.ArrayList<>(rule.get().plan());
        while (!pending.isEmpty()) {
            RoutingRule.PlannedTask next = pending.stream()
                    .filter(t -> t.after() == null || created.containsKey(t.after())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Routing rule with a dependency cycle: "
                            + rule.get().description()));
            pending.remove(next);
            Department department = next.kind().department();
            String assignee = staff.leastLoaded(department, request.deviceType().name()).orElse(null);
            WorkTaskView task = new WorkTaskView(Ids.newId(), requestId, next.kind(), department, assignee,
                    TaskStatus.OPEN, next.after() == null ? null : created.get(next.after()),
                    now.plus(properties.legTarget(department)), now, null, null, null, 0);
            tasks.insert(task);
            created.put(next.kind(), task.id());
            audit.record("TASK_CREATED", "WorkTask", task.id().toString(), null, task);
            outbox.append(new TaskCreated(Ids.newId(), now, TaskCreated.CURRENT_VERSION, task.id(), requestId,
                    task.kind().name(), department.name(), assignee, task.dependsOn(), task.plannedDueAt()));
        }
    }

    /** Starts a task; an unassigned task is taken by the staff member who starts it. */
    @Transactional
    public WorkTaskView start(UUID taskId) {
        WorkTaskView task = tasks.lock(taskId).orElseThrow(() -> new TaskNotFound(taskId));
        String actor = AuditLog.currentActor();
        checkActor(task, actor);
        if (task.status() != TaskStatus.OPEN) {
            throw new WorkException("Задачу в статусе " + task.status() + " начать нельзя", false);
        }
        checkDependency(task);
        Instant now = clock.instant();
        WorkTaskView started = with(task, task.assignee() == null ? actor : task.assignee(), TaskStatus.IN_PROGRESS,
                now, null, task.note());
        save(task, started, "TASK_STARTED");
        announceTaken(task, actor, now);
        outbox.append(new TaskStarted(Ids.newId(), now, TaskStarted.CURRENT_VERSION, task.id(), task.requestId(),
                task.department().name(), task.kind().name(), actor));
        requests.advance(task.requestId(), RequestAction.START, actor, null);
        syncPartsWait(task.requestId(), null, actor);
        return started;
    }

    /** Completes a task (starting it on the way if it was still open) and advances the request. */
    @Transactional
    public WorkTaskView complete(UUID taskId, String note) {
        WorkTaskView task = tasks.lock(taskId).orElseThrow(() -> new TaskNotFound(taskId));
        String actor = AuditLog.currentActor();
        checkActor(task, actor);
        if (!task.status().isOpen()) {
            throw new WorkException("Задача уже в статусе " + task.status(), false);
        }
        checkDependency(task);
        return completeLocked(task, actor, note);
    }

    /**
     * The parts bought for a task have arrived: the purchase task it waits on ({@link TaskKind#PURCHASE_PARTS}) is
     * done, whoever received the goods (the warehouse, usually, who is not of procurement), and the waiting task and
     * its request resume — the request leaves AWAITING_PARTS and its clock runs again. Nothing happens when the task
     * waits on no open purchase. Called by purchasing when a receipt covers the task's last open shortfall.
     */
    @Transactional
    public java.util.Optional<WorkTaskView> purchasedPartsArrived(UUID waitingTaskId, String note) {
        WorkTaskView waiting = tasks.find(waitingTaskId).orElse(null);
        if (waiting == null || waiting.dependsOn() == null) {
            return java.util.Optional.empty();
        }
        WorkTaskView parts = tasks.lock(waiting.dependsOn()).orElse(null);
        if (parts == null || parts.kind() != TaskKind.PURCHASE_PARTS || !parts.status().isOpen()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(completeLocked(parts, AuditLog.currentActor(), note));
    }

    private WorkTaskView completeLocked(WorkTaskView task, String actor, String note) {
        Instant now = clock.instant();
        WorkTaskView done = with(task, task.assignee() == null ? actor : task.assignee(), TaskStatus.DONE,
                task.startedAt() == null ? now : task.startedAt(), now, note);
        save(task, done, "TASK_COMPLETED");
        announceTaken(task, actor, now);
        outbox.append(new TaskCompleted(Ids.newId(), now, TaskCompleted.CURRENT_VERSION, task.id(), task.requestId(),
                task.department().name(), task.kind().name(), actor, note));
        syncPartsWait(task.requestId(), done, actor);
        advanceRequest(task.requestId(), task.kind(), actor);
        syncPartsWait(task.requestId(), null, actor);
        return done;
    }

    /**
     * An unassigned task is taken by whoever starts or completes it: that is an assignment like any other for the
     * consumers of the work events (the department leg's clock shows who has it, the star schema counts it).
     */
    private void announceTaken(WorkTaskView task, String actor, Instant at) {
        if (task.assignee() == null) {
            outbox.append(new TaskAssigned(Ids.newId(), at, TaskAssigned.CURRENT_VERSION, task.id(), task.requestId(),
                    task.department().name(), actor, actor));
        }
    }

    private void advanceRequest(UUID requestId, TaskKind finished, String actor) {
        requests.advance(requestId, RequestAction.START, actor, null);
        List<WorkTaskView> all = tasks.ofRequest(requestId);
        boolean workDone = all.stream().filter(t -> !AFTER_READY.contains(t.kind()))
                .allMatch(t -> t.status() == TaskStatus.DONE || t.status() == TaskStatus.CANCELLED);
        if (workDone) {
            requests.advance(requestId, RequestAction.MARK_READY, actor, null);
        }
        if (finished == TaskKind.SHIP) {
            requests.advance(requestId, RequestAction.SHIP, actor, null);
        }
    }

    /**
     * The engineer doing a task finds that parts are needed: a new task for the warehouse (reserve from stock) or
     * procurement (buy) is created, and the engineer's task waits on it. The request then awaits parts, which
     * pauses its resolution clock, until that task is done.
     */
    @Transactional
    public WorkTaskView requestParts(UUID taskId, TaskKind partsKind, String note) {
        if (!PARTS.contains(partsKind)) {
            throw new IllegalArgumentException("Запчасти приходят задачей склада или закупок, не " + partsKind);
        }
        WorkTaskView task = tasks.lock(taskId).orElseThrow(() -> new TaskNotFound(taskId));
        String actor = AuditLog.currentActor();
        checkActor(task, actor);
        if (!task.status().isOpen()) {
            throw new WorkException("Задача уже в статусе " + task.status(), false);
        }
        if (PARTS.contains(task.kind())) {
            throw new WorkException("Задача " + task.kind() + " сама обеспечивает запчасти", false);
        }
        if (task.dependsOn() != null && tasks.find(task.dependsOn()).map(t -> t.status().isOpen()).orElse(false)) {
            throw new WorkException("Задача уже ждёт другую задачу; дождитесь её выполнения", false);
        }
        ServiceRequestView request = requests.find(task.requestId())
                .orElseThrow(() -> new ServiceRequestNotFound(task.requestId()));
        Instant now = clock.instant();
        Department department = partsKind.department();
        String assignee = staff.leastLoaded(department, request.deviceType().name()).orElse(null);
        WorkTaskView parts = new WorkTaskView(Ids.newId(), task.requestId(), partsKind, department, assignee,
                TaskStatus.OPEN, null, now.plus(properties.legTarget(department)), now, null, null, note, 0);
        tasks.insert(parts);
        audit.record("TASK_CREATED", "WorkTask", parts.id().toString(), null, parts);
        outbox.append(new TaskCreated(Ids.newId(), now, TaskCreated.CURRENT_VERSION, parts.id(), task.requestId(),
                partsKind.name(), department.name(), assignee, null, parts.plannedDueAt()));
        WorkTaskView waiting = new WorkTaskView(task.id(), task.requestId(), task.kind(), task.department(),
                task.assignee(), task.status(), parts.id(), task.plannedDueAt(), task.createdAt(), task.startedAt(),
                task.doneAt(), task.note(), task.version());
        save(task, waiting, "TASK_WAITS_FOR_PARTS");
        syncPartsWait(task.requestId(), null, actor);
        return parts;
    }

    /**
     * Awaiting parts follows the tasks: the request in progress awaits parts while one of its open tasks depends
     * on an open parts task that can be done now; it resumes when a parts task is done and nothing else waits.
     * The status change carries the reason, so the pause is explained on the card and in the intervals.
     */
    private void syncPartsWait(UUID requestId, WorkTaskView justDone, String actor) {
        List<WorkTaskView> all = tasks.ofRequest(requestId);
        Map<UUID, WorkTaskView> byId = new HashMap<>();
        all.forEach(t -> byId.put(t.id(), t));
        Optional<WorkTaskView> awaited = all.stream().filter(t -> t.status().isOpen() && t.dependsOn() != null)
                .map(t -> byId.get(t.dependsOn()))
                .filter(p -> p != null && PARTS.contains(p.kind()) && p.status().isOpen()
                        && (p.dependsOn() == null || !byId.get(p.dependsOn()).status().isOpen()))
                .findFirst();
        if (awaited.isPresent()) {
            requests.advance(requestId, RequestAction.AWAIT_PARTS, actor,
                    "Автоматически: ожидание запчастей — " + label(awaited.get().kind()));
        }
        else if (justDone != null && PARTS.contains(justDone.kind()) && requests.find(requestId)
                .map(r -> r.status() == dozor.requests.RequestStatus.AWAITING_PARTS).orElse(false)) {
            requests.advance(requestId, RequestAction.RESUME, actor,
                    "Автоматически: запчасти получены — " + label(justDone.kind()) + " выполнен(а)");
        }
    }

    private static String label(TaskKind kind) {
        return switch (kind) {
            case RESERVE_PARTS -> "резерв на складе";
            case ISSUE_PARTS -> "выдача со склада";
            case PURCHASE_PARTS -> "закупка";
            default -> kind.name();
        };
    }

    /** Gives a task to a qualified member of its department; coordinators and the department head may. */
    @Transactional
    public WorkTaskView assign(UUID taskId, String username) {
        WorkTaskView task = tasks.lock(taskId).orElseThrow(() -> new TaskNotFound(taskId));
        String actor = AuditLog.currentActor();
        if (CurrentUser.roles().stream().noneMatch(COORDINATORS::contains) && !staff.isHeadOf(task.department(), actor)) {
            throw new WorkException("Назначать задачи могут диспетчер, руководитель или начальник отдела", true);
        }
        if (!task.status().isOpen()) {
            throw new WorkException("Задача уже в статусе " + task.status(), false);
        }
        String deviceType = requests.find(task.requestId()).map(r -> r.deviceType().name()).orElse("OTHER");
        if (username != null && !staff.qualified(task.department(), deviceType).contains(username)) {
            throw new IllegalArgumentException("Пользователь " + username + " не может выполнять задачи отдела "
                    + task.department());
        }
        WorkTaskView assigned = with(task, username, task.status(), task.startedAt(), task.doneAt(), task.note());
        save(task, assigned, "TASK_ASSIGNED");
        outbox.append(new TaskAssigned(Ids.newId(), clock.instant(), TaskAssigned.CURRENT_VERSION, task.id(),
                task.requestId(), task.department().name(), username, actor));
        return assigned;
    }

    private void checkActor(WorkTaskView task, String actor) {
        Set<String> roles = CurrentUser.roles();
        boolean coordinator = roles.stream().anyMatch(COORDINATORS::contains);
        boolean staffOfDepartment = roles.contains(task.department().staffRole());
        boolean mine = actor.equals(task.assignee()) || task.assignee() == null;
        if (!coordinator && !(staffOfDepartment && mine) && !staff.isHeadOf(task.department(), actor)) {
            throw new WorkException("Задачу выполняет " + (task.assignee() == null ? "отдел " + task.department()
                    : task.assignee()), true);
        }
    }

    private void checkDependency(WorkTaskView task) {
        if (task.dependsOn() != null) {
            WorkTaskView before = tasks.find(task.dependsOn()).orElseThrow();
            if (before.status() != TaskStatus.DONE && before.status() != TaskStatus.CANCELLED) {
                throw new WorkException("Сначала нужно выполнить задачу " + before.kind(), false);
            }
        }
    }

    private void save(WorkTaskView before, WorkTaskView after, String action) {
        if (!tasks.update(after)) {
            throw new WorkException("Задачу изменили одновременно с вами; обновите и повторите", false);
        }
        audit.record(action, "WorkTask", after.id().toString(), before, after);
    }

    private static WorkTaskView with(WorkTaskView t, String assignee, TaskStatus status, Instant started, Instant done,
            String note) {
        return new WorkTaskView(t.id(), t.requestId(), t.kind(), t.department(), assignee, status, t.dependsOn(),
                t.plannedDueAt(), t.createdAt(), started, done, note, t.version());
    }

    @Transactional(readOnly = true)
    public List<WorkTaskView> tasksOf(UUID requestId) {
        requests.find(requestId).orElseThrow(() -> new ServiceRequestNotFound(requestId));
        return tasks.ofRequest(requestId);
    }

    @Transactional(readOnly = true)
    public Optional<WorkTaskView> task(UUID taskId) {
        return tasks.find(taskId);
    }

    /** A department's queue or one person's tasks, soonest due first. */
    @Transactional(readOnly = true)
    public List<WorkTaskView> queue(Department department, String assignee, boolean openOnly, int limit) {
        return tasks.queue(department, assignee, openOnly, limit);
    }

    /** Open tasks per person of a department: what least-loaded assignment looks at. */
    @Transactional(readOnly = true)
    public Map<String, Integer> load(Department department) {
        Map<String, Integer> load = new HashMap<>();
        staff.qualified(department, "OTHER").forEach(u -> load.put(u, queue(null, u, true, 1000).size()));
        return load;
    }

    /** The head of a department, if one is named. */
    @Transactional(readOnly = true)
    public Optional<String> departmentHead(Department department) {
        return staff.headOf(department);
    }

    @Transactional(readOnly = true)
    public List<RoutingRule> routingRules() {
        return routing.all();
    }

    @Transactional
    public List<RoutingRule> replaceRoutingRules(List<RoutingRule> rules) {
        List<RoutingRule> before = routing.all();
        routing.replaceAll(rules);
        List<RoutingRule> after = routing.all();
        audit.record("ROUTING_RULES_REPLACED", "RoutingRules", "all", before, after);
        return after;
    }
}
