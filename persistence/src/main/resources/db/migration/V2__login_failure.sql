-- 登录失败计数, shared by every app instance behind a load balancer (like the sessions).
create table login_failure (
  username varchar(200) primary key,
  failures integer not null,
  first_failure_at timestamp not null
);
