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
class ErrorAdvice {

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
