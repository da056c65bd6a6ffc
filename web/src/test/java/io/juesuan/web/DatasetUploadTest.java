package io.juesuan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.juesuan.core.filing.InvalidEditException;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.dataset.DatasetReader;
import io.juesuan.dataset.xlsx.XlsxDatasetWriter;
import io.juesuan.web.filing.DatasetUpload;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

class DatasetUploadTest {
  private final DatasetUpload upload = new DatasetUpload(2_000_000, 4_000_000);

  @Test
  @DisplayName("a dataset workbook (.xlsx) is an upload like the YAML files")
  void readsAWorkbook() {
    FinalAccounts example = new DatasetReader().read(TestData.exampleDir());
    byte[] xlsx = new XlsxDatasetWriter().write(Optional.of(example));
    FinalAccounts read =
        upload.read(List.of(new MockMultipartFile("files", "数据.xlsx", null, xlsx)));
    assertThat(read).isEqualTo(example);
  }

  @Test
  void aBlankWorkbookSaysWhatIsMissing() {
    byte[] blank = new XlsxDatasetWriter().write(Optional.empty());
    InvalidEditException e =
        catchThrowableOfType(
            InvalidEditException.class,
            () -> upload.read(List.of(new MockMultipartFile("files", "空白.xlsx", null, blank))));
    assertThat(e.problems()).anyMatch(p -> p.contains("空白.xlsx 工作表“部门”"));
  }
}
