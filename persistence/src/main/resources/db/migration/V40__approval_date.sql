-- 批复日期 of department-years: one date per fiscal year (all departments) and, where a department was
-- approved on another day, one per department-year. The 公开 deadline counts from it.
create table year_approval (
  fiscal_year int primary key,
  approved_on date not null
);

create table department_approval (
  department_id bigint not null references department (id),
  fiscal_year int not null,
  approved_on date not null,
  primary key (department_id, fiscal_year)
);
