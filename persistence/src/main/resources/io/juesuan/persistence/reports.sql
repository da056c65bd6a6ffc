-- Statements of JdbcReportRepository. Named parameters (:x), one statement per "-- name:" block.

-- name: insertReport
insert into report (department_id, fiscal_year, version_no, state, amount_unit, dept_name, dept_short_name, dept_region,
                    dept_kind, report_date, fill_date, lock_version, error_count, rounding_count, warning_count,
                    created_by, created_at, updated_at)
values (:departmentId, :fiscalYear, :versionNo, :state, :amountUnit, :deptName, :deptShortName, :deptRegion,
        :deptKind, :reportDate, :fillDate, 0, :errors, :roundings, :warnings, :actor, :now, :now)

-- name: selectHeaderColumns
select id, department_id, fiscal_year, version_no, state, dept_name, dept_short_name, lock_version, error_count,
       rounding_count, warning_count, created_by, created_at, updated_at, submitted_at, published_at
from report

-- name: selectReport
select fiscal_year, amount_unit, dept_name, dept_short_name, dept_region, dept_kind, report_date, fill_date
from report where id = :id

-- name: updateFactsHeader
update report
set lock_version = lock_version + 1, amount_unit = :amountUnit, dept_name = :deptName, dept_short_name = :deptShortName,
    dept_region = :deptRegion, dept_kind = :deptKind, report_date = :reportDate, fill_date = :fillDate,
    error_count = :errors, rounding_count = :roundings, warning_count = :warnings, updated_at = :now
where id = :id and lock_version = :lockVersion

-- name: updateState
update report
set state = :to, lock_version = lock_version + 1, updated_at = :now,
    submitted_at = case when :to = 'SUBMITTED' then :now else submitted_at end,
    published_at = case when :to = 'PUBLISHED' then :now else published_at end
where id = :id and state = :from and lock_version = :lockVersion

-- name: maxVersion
select coalesce(max(version_no), 0) from report where department_id = :departmentId and fiscal_year = :fiscalYear

-- name: deleteUnits
delete from report_unit where report_id = :id
-- name: deleteDuties
delete from report_duty where report_id = :id
-- name: deleteItemAmounts
delete from report_item_amount where report_id = :id
-- name: deleteItems
delete from report_item where report_id = :id
-- name: deleteEconomic
delete from report_economic where report_id = :id
-- name: deleteFacts
delete from report_fact where report_id = :id
-- name: deleteCounts
delete from report_count where report_id = :id
-- name: deleteVehicles
delete from report_vehicle where report_id = :id
-- name: deleteCodeNames
delete from report_code_name where report_id = :id
-- name: deleteTexts
delete from report_text where report_id = :id
-- name: deleteKeyWorks
delete from report_key_work where report_id = :id
-- name: deleteGlossary
delete from report_glossary where report_id = :id
-- name: deleteIndicators
delete from report_indicator where report_id = :id
-- name: deleteGoals
delete from report_goal where report_id = :id
-- name: deleteProjects
delete from report_project where report_id = :id

-- name: insertUnit
insert into report_unit (report_id, position, name, kind, head_office) values (:id, :position, :name, :kind, :headOffice)
-- name: insertDuty
insert into report_duty (report_id, position, body) values (:id, :position, :body)
-- name: insertItem
insert into report_item (report_id, code, name) values (:id, :code, :name)
-- name: insertItemAmount
insert into report_item_amount (report_id, code, measure, amount) values (:id, :code, :measure, :amount)
-- name: insertEconomic
insert into report_economic (report_id, code, name, amount) values (:id, :code, :name, :amount)
-- name: insertFact
insert into report_fact (report_id, fact_key, amount) values (:id, :key, :amount)
-- name: insertCount
insert into report_count (report_id, count_key, value_count) values (:id, :key, :value)
-- name: insertVehicle
insert into report_vehicle (report_id, position, label, value_count, measure_word) values (:id, :position, :label, :value, :measureWord)
-- name: insertCodeName
insert into report_code_name (report_id, code, name) values (:id, :code, :name)
-- name: insertText
insert into report_text (report_id, kind, text_key, body) values (:id, :kind, :key, :body)
-- name: insertKeyWork
insert into report_key_work (report_id, position, title, content, result) values (:id, :position, :title, :content, :result)
-- name: insertGlossary
insert into report_glossary (report_id, position, term, definition) values (:id, :position, :term, :definition)
-- name: insertProject
insert into report_project (report_id, position, name, budget, actual) values (:id, :position, :name, :budget, :actual)
-- name: insertGoal
insert into report_goal (report_id, position, title, description) values (:id, :position, :title, :description)
-- name: insertIndicator
insert into report_indicator (report_id, goal_position, position, level1, level2, name, target_text, actual_text)
values (:id, :goalPosition, :position, :level1, :level2, :name, :target, :actual)

-- name: selectUnits
select name, kind, head_office from report_unit where report_id = :id order by position
-- name: selectDuties
select body from report_duty where report_id = :id order by position
-- name: selectItems
select code, name from report_item where report_id = :id order by code
-- name: selectItemAmounts
select code, measure, amount from report_item_amount where report_id = :id order by code, measure
-- name: selectEconomic
select code, name, amount from report_economic where report_id = :id order by code
-- name: selectFacts
select fact_key, amount from report_fact where report_id = :id
-- name: selectCounts
select count_key, value_count from report_count where report_id = :id
-- name: selectVehicles
select label, value_count, measure_word from report_vehicle where report_id = :id order by position
-- name: selectCodeNames
select code, name from report_code_name where report_id = :id
-- name: selectTexts
select kind, text_key, body from report_text where report_id = :id
-- name: selectKeyWorks
select title, content, result from report_key_work where report_id = :id order by position
-- name: selectGlossary
select term, definition from report_glossary where report_id = :id order by position
-- name: selectProjects
select name, budget, actual from report_project where report_id = :id order by position
-- name: selectGoals
select position, title, description from report_goal where report_id = :id order by position
-- name: selectIndicators
select goal_position, level1, level2, name, target_text, actual_text from report_indicator where report_id = :id order by goal_position, position

-- name: insertEvent
insert into report_event (report_id, occurred_at, actor, kind, field_key, field_label, old_value, new_value, note)
values (:reportId, :at, :actor, :kind, :fieldKey, :fieldLabel, :oldValue, :newValue, :note)
-- name: selectEvents
select report_id, occurred_at, actor, kind, field_key, field_label, old_value, new_value, note
from report_event where report_id = :id order by id desc

-- name: selectDocument
select format, media_type, sha256, body, produced_at from report_document where report_id = :id and format = :format

-- name: insertDocument
insert into report_document (report_id, format, media_type, sha256, byte_count, body, produced_at)
values (:id, :format, :mediaType, :sha256, :byteCount, :body, :producedAt)
on conflict do nothing

-- name: insertAttachment
insert into report_attachment (report_id, file_name, media_type, byte_count, body, added_by, added_at)
values (:id, :fileName, :mediaType, :byteCount, :body, :addedBy, :addedAt)

-- name: selectAttachments
select id, file_name, media_type, byte_count, added_by, added_at from report_attachment where report_id = :id order by id

-- name: selectAttachment
select file_name, media_type, body, added_by, added_at from report_attachment where report_id = :id and id = :attachmentId
