-- Required actions of a case that do not wait for a screening: the child-protection officer a case calls for as soon
-- as it becomes a child's (by an age assessment, a claimed age or the person's own answer), due from that moment.
-- One row per case and action, so raising it again changes nothing and it is never listed twice. Codes and due times
-- are plain: they tell no more than screening_child, which says the case is a child's.
create table screening_required_action (
    case_id   uuid        not null references cases_case (id),
    code      varchar(60) not null,
    need      varchar(60),
    due_at    timestamptz not null,
    raised_at timestamptz not null,
    reason    varchar(30) not null,
    primary key (case_id, code)
);
