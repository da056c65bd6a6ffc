package io.juesuan.web.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A malformed request described in Chinese: status, title and one sentence naming the parameter.
 */
record RequestProblem(HttpStatus status, String title, String detail) {

  static RequestProblem of(Exception e) {
    if (e instanceof MethodArgumentTypeMismatchException m) {
      return new RequestProblem(
          HttpStatus.BAD_REQUEST,
          "参数有误",
          "参数“"
              + m.getName()
              + "”的值“"
              + String.valueOf(m.getValue())
              + "”无效"
              + expected(m.getParameter().nestedIfOptional().getNestedParameterType()));
    }
    if (e instanceof MissingServletRequestParameterException m) {
      return new RequestProblem(
          HttpStatus.BAD_REQUEST, "参数有误", "缺少参数“" + m.getParameterName() + "”");
    }
    if (e instanceof org.springframework.http.converter.HttpMessageNotReadableException) {
      return new RequestProblem(HttpStatus.BAD_REQUEST, "请求内容有误", "请求内容无法解析，请发送有效的 JSON");
    }
    if (e instanceof HttpRequestMethodNotSupportedException m) {
      return new RequestProblem(
          HttpStatus.METHOD_NOT_ALLOWED, "请求方法不支持", "此地址不支持 " + m.getMethod() + " 请求");
    }
    if (e instanceof HttpMediaTypeNotSupportedException) {
      return new RequestProblem(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE, "内容类型不支持", "不支持此内容类型（Content-Type）");
    }
    if (e instanceof HttpMediaTypeNotAcceptableException) {
      return new RequestProblem(HttpStatus.NOT_ACCEPTABLE, "无法按要求的格式返回", "无法按 Accept 要求的格式返回结果");
    }
    if (e instanceof NoResourceFoundException) {
      return new RequestProblem(HttpStatus.NOT_FOUND, "未找到", "您访问的页面或文件不存在");
    }
    return new RequestProblem(HttpStatus.BAD_REQUEST, "请求有误", "请求有误，请检查地址与参数");
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "，应为整数";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "，应为 true 或 false";
    }
    return "";
  }
}
