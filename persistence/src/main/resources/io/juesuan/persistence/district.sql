-- Statements of JdbcDistrictRepository: 批复 dates and the scoreboard's reading of reports.

-- name: selectYearApproval
select approved_on from year_approval where fiscal_year = :year
-- name: deleteYearApproval
delete from year_approval where fiscal_year = :year
-- name: insertYearApproval
insert into year_approval (fiscal_year, approved_on) values (:year, :date)
-- name: selectDepartmentApprovals
select department_id, approved_on from department_approval where fiscal_year = :year
-- name: deleteDepartmentApproval
delete from department_approval where department_id = :departmentId and fiscal_year = :year
-- name: insertDepartmentApproval
insert into department_approval (department_id, fiscal_year, approved_on) values (:departmentId, :year, :date)

-- Every department with its newest version of the year (if any), the first publication, the last
-- return and how many versions there are.
-- name: selectFilings
select d.id, d.name, r.id, r.state, r.submitted_at, r.error_count, r.rounding_count, r.warning_count,
       (select count(*) from report v where v.department_id = d.id and v.fiscal_year = :year),
       (select min(v.published_at) from report v where v.department_id = d.id and v.fiscal_year = :year),
       (select max(e.occurred_at) from report_event e join report v on v.id = e.report_id
         where v.department_id = d.id and v.fiscal_year = :year and e.kind = 'STATE' and e.new_value = :returned)
from department d
left join report r on r.department_id = d.id and r.fiscal_year = :year
  and r.version_no = (select max(x.version_no) from report x where x.department_id = d.id and x.fiscal_year = :year)
order by d.name

-- The published version of each department-year (public: the current one), newest year first.
-- name: selectPublished
select r.id, r.department_id, r.fiscal_year, r.dept_name, r.published_at,
       (select min(v.published_at) from report v where v.department_id = r.department_id and v.fiscal_year = r.fiscal_year)
from report r where r.state = 'PUBLISHED'
order by r.fiscal_year desc, r.dept_name
