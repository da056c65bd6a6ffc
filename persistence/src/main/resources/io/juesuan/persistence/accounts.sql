-- Statements of JdbcDepartmentRepository and JdbcUserRepository.

-- name: insertDepartment
insert into department (name, short_name, region, kind, created_at) values (:name, :shortName, :region, :kind, :now)
-- name: selectDepartments
select id, name, short_name, region, kind from department
-- name: insertUser
insert into app_user (username, password_hash, display_name, role, department_id, enabled, created_at)
values (:username, :passwordHash, :displayName, :role, :departmentId, true, :now)
-- name: selectUsers
select u.id, u.username, u.password_hash, u.display_name, u.role, u.department_id, u.enabled, d.name
from app_user u left join department d on d.id = u.department_id
-- name: setEnabled
update app_user set enabled = :enabled where id = :id
-- name: setPassword
update app_user set password_hash = :passwordHash where id = :id
-- name: insertYear
insert into fiscal_year (year_value, open_for_filing) values (:year, :open)
-- name: selectYears
select year_value, open_for_filing from fiscal_year order by year_value desc
-- name: setYearOpen
update fiscal_year set open_for_filing = :open where year_value = :year
-- name: selectLoginFailure
select failures, first_failure_at from login_failure where username = :username
-- name: insertLoginFailure
insert into login_failure (username, failures, first_failure_at) values (:username, 1, :now)
-- name: countLoginFailure
update login_failure set failures = failures + 1 where username = :username and first_failure_at >= :windowStart
-- name: restartLoginFailure
update login_failure set failures = 1, first_failure_at = :now where username = :username and first_failure_at < :windowStart
-- name: deleteLoginFailure
delete from login_failure where username = :username
