package io.juesuan.web.system;

import io.juesuan.core.filing.ActionRefusedException;
import io.juesuan.core.filing.InvalidEditException;
import io.juesuan.core.filing.ReportNotFoundException;
import io.juesuan.core.filing.StaleReportException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns refusals into clear Chinese pages (or RFC 9457 problem JSON for the API): 404 for a report
 * the user may not see, 409 for a concurrent edit, 400 for invalid input, 413 for an oversized
 * upload.
 */
@ControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ErrorAdvice {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ErrorAdvice.class);

  @ExceptionHandler(ReportNotFoundException.class)
  Object notFound(ReportNotFoundException e, HttpServletRequest req) {
    return respond(req, HttpStatus.NOT_FOUND, "未找到", List.of(e.getMessage()));
  }

  @ExceptionHandler(StaleReportException.class)
  Object stale(StaleReportException e, HttpServletRequest req) {
    return respond(req, HttpStatus.CONFLICT, "保存冲突", List.of(e.getMessage()));
  }

  @ExceptionHandler(ActionRefusedException.class)
  Object refused(ActionRefusedException e, HttpServletRequest req) {
    return respond(req, HttpStatus.CONFLICT, "操作未执行", List.of(e.getMessage()));
  }

  @ExceptionHandler(InvalidEditException.class)
  Object invalid(InvalidEditException e, HttpServletRequest req) {
    return respond(req, HttpStatus.BAD_REQUEST, "输入有误", e.problems());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest req) {
    return respond(
        req, HttpStatus.PAYLOAD_TOO_LARGE, "上传文件过大", List.of("上传文件过大，已拒绝：单个文件不能超过 2 MB。"));
  }

  @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
  Object notMultipart(
      org.springframework.web.multipart.MultipartException e, HttpServletRequest req) {
    return respond(req, HttpStatus.BAD_REQUEST, "上传有误", List.of("请以 multipart/form-data 方式上传文件"));
  }

  /** Malformed requests: Chinese for browsers and API alike, never the framework's English. */
  @ExceptionHandler({
    org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class,
    org.springframework.web.bind.MissingServletRequestParameterException.class,
    org.springframework.http.converter.HttpMessageNotReadableException.class,
    org.springframework.web.HttpRequestMethodNotSupportedException.class,
    org.springframework.web.HttpMediaTypeNotSupportedException.class,
    org.springframework.web.HttpMediaTypeNotAcceptableException.class,
    org.springframework.web.servlet.resource.NoResourceFoundException.class,
    org.springframework.web.bind.MissingPathVariableException.class,
    org.springframework.web.bind.ServletRequestBindingException.class
  })
  Object badRequest(Exception e, HttpServletRequest req) {
    RequestProblem p = RequestProblem.of(e);
    return respond(req, p.status(), p.title(), List.of(p.detail()));
  }

  /** Anything unexpected: logged with its stack trace, shown as one Chinese sentence. */
  @ExceptionHandler(Exception.class)
  Object unexpected(Exception e, HttpServletRequest req) throws Exception {
    if (e instanceof org.springframework.security.access.AccessDeniedException
        || e instanceof org.springframework.security.core.AuthenticationException) {
      throw e;
    }
    if (e instanceof org.springframework.web.ErrorResponse r) {
      HttpStatus status = HttpStatus.resolve(r.getStatusCode().value());
      if (status != null && status.is4xxClientError()) {
        return respond(req, status, "请求有误", List.of("请求有误（" + status.value() + "），请检查地址与参数"));
      }
    }
    LOG.error("未处理的异常 {} {}", req.getMethod(), req.getRequestURI(), e);
    return respond(
        req,
        HttpStatus.INTERNAL_SERVER_ERROR,
        "服务器内部错误",
        List.of("服务器处理请求时出错，请稍后重试；如问题持续，请联系管理员。"));
  }

  static Object respond(
      HttpServletRequest req, HttpStatus status, String title, List<String> problems) {
    if (req.getRequestURI().startsWith(req.getContextPath() + "/api/")) {
      ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, String.join("；", problems));
      pd.setTitle(title);
      pd.setProperty("problems", problems);
      return ResponseEntity.status(status).body(pd);
    }
    ModelAndView mv = new ModelAndView("error/problem");
    mv.setStatus(status);
    mv.addObject("title", title);
    mv.addObject("problems", problems);
    mv.addObject("status", status.value());
    return mv;
  }
}
