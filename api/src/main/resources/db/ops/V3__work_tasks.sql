-- Issue 3: departments, routing rules and the tasks each department must do for a request.

CREATE TABLE department (
    code          text PRIMARY KEY CHECK (code IN ('ENGINEERING', 'WAREHOUSE', 'PROCUREMENT', 'LOGISTICS', 'ACCOUNTING')),
    name          text NOT NULL,
    staff_role    text NOT NULL,
    head_username text
);
INSERT INTO department (code, name, staff_role) VALUES
    ('ENGINEERING', 'Сервисный отдел', 'ENGINEER'),
    ('WAREHOUSE', 'Склад', 'WAREHOUSE'),
    ('PROCUREMENT', 'Закупки', 'PROCUREMENT'),
    ('LOGISTICS', 'Логистика', 'LOGISTICS'),
    ('ACCOUNTING', 'Бухгалтерия', 'ACCOUNTANT');

-- Without rows here a staff member may take any task of their department; with rows, only those device types.
CREATE TABLE staff_qualification (
    username    text NOT NULL,
    device_type text NOT NULL,
    PRIMARY KEY (username, device_type)
);

-- The first active rule (by position) whose non-null conditions all match decides the plan of tasks.
CREATE TABLE routing_rule (
    id           uuid PRIMARY KEY,
    position     integer NOT NULL,
    category     text,
    device_type  text,
    region       text,
    tier         text,
    plan         jsonb   NOT NULL,
    description  text    NOT NULL,
    active       boolean NOT NULL DEFAULT true
);
INSERT INTO routing_rule (id, position, category, plan, description) VALUES
    (gen_random_uuid(), 10, 'WARRANTY_REPAIR',
     '[{"kind":"DIAGNOSE"},{"kind":"RESERVE_PARTS","after":"DIAGNOSE"},{"kind":"REPAIR","after":"RESERVE_PARTS"},{"kind":"SHIP","after":"REPAIR"}]',
     'Гарантийный ремонт: диагностика, резерв запчастей, ремонт, отгрузка'),
    (gen_random_uuid(), 20, 'PAID_REPAIR',
     '[{"kind":"DIAGNOSE"},{"kind":"RESERVE_PARTS","after":"DIAGNOSE"},{"kind":"REPAIR","after":"RESERVE_PARTS"},{"kind":"INVOICE","after":"REPAIR"},{"kind":"SHIP","after":"REPAIR"}]',
     'Платный ремонт: диагностика, резерв, ремонт, счёт и акт, отгрузка'),
    (gen_random_uuid(), 30, 'INSTALLATION',
     '[{"kind":"RESERVE_PARTS"},{"kind":"INSTALL","after":"RESERVE_PARTS"},{"kind":"INVOICE","after":"INSTALL"}]',
     'Монтаж: резерв оборудования, монтаж, счёт и акт'),
    (gen_random_uuid(), 40, 'REPLACEMENT',
     '[{"kind":"PICKUP"},{"kind":"ISSUE_PARTS"},{"kind":"SHIP","after":"ISSUE_PARTS"},{"kind":"DIAGNOSE","after":"PICKUP"}]',
     'Замена: забрать неисправное, выдать подменное, отгрузить, диагностика'),
    (gen_random_uuid(), 50, 'CONSULTATION', '[{"kind":"CONSULT"}]', 'Консультация инженера'),
    (gen_random_uuid(), 60, 'EQUIPMENT_ORDER',
     '[{"kind":"RESERVE_PARTS"},{"kind":"INVOICE"},{"kind":"SHIP","after":"RESERVE_PARTS"}]',
     'Заказ оборудования: резерв, счёт, отгрузка');

CREATE TABLE work_task (
    id            uuid PRIMARY KEY,
    request_id    uuid        NOT NULL REFERENCES service_request (id),
    kind          text        NOT NULL,
    department    text        NOT NULL REFERENCES department (code),
    assignee      text,
    status        text        NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    depends_on    uuid REFERENCES work_task (id),
    planned_due_at timestamptz,
    created_at    timestamptz NOT NULL,
    started_at    timestamptz,
    done_at       timestamptz,
    note          text,
    version       integer     NOT NULL DEFAULT 0
);
CREATE INDEX work_task_request ON work_task (request_id);
CREATE INDEX work_task_queue ON work_task (department, status, assignee) WHERE status IN ('OPEN', 'IN_PROGRESS');
