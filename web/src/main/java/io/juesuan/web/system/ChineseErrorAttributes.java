package io.juesuan.web.system;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Errors that never reach a controller (authentication at the API, the servlet container) are
 * answered by /error: its JSON carries a Chinese {@code error} and {@code detail}, and never an
 * exception's class, message or stack trace.
 */
@Component
class ChineseErrorAttributes extends DefaultErrorAttributes {

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
    Map<String, Object> attributes =
        super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
    int status = attributes.get("status") instanceof Integer s ? s : 500;
    attributes.put("error", title(status));
    attributes.put("detail", detail(status));
    attributes.remove("message");
    attributes.remove("exception");
    attributes.remove("trace");
    attributes.remove("errors");
    return attributes;
  }

  static String title(int status) {
    switch (status) {
      case 400:
        return "请求有误";
      case 401:
        return "需要登录";
      case 403:
        return "无权访问";
      case 404:
        return "未找到";
      case 405:
        return "请求方法不支持";
      case 413:
        return "上传文件过大";
      default:
        return status >= 500 ? "服务器内部错误" : "请求未能完成";
    }
  }

  static String detail(int status) {
    switch (status) {
      case 401:
        return "请提供有效的用户名和密码（HTTP Basic）";
      case 403:
        return "您没有执行此操作的权限，或页面已过期（请刷新后重试）";
      case 404:
        return "您访问的页面或数据不存在";
      case 413:
        return "上传文件过大，已拒绝";
      default:
        return status >= 500 ? "服务器处理请求时出错，请稍后重试" : "请求未能完成，请检查后重试";
    }
  }
}
