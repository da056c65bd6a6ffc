package io.juesuan.web.district;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Open data of the whole district through the API: the same CSV as the portal's download. */
@RestController
class DistrictApiController {
  private final PublishedAccounts published;

  DistrictApiController(PublishedAccounts published) {
    this.published = published;
  }

  /** Every published cell (万元) with year and department; {@code year} narrows to one year. */
  @GetMapping(value = "/api/v1/district/cells", produces = "text/csv;charset=UTF-8")
  ResponseEntity<byte[]> cells(@RequestParam Optional<Integer> year) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
        .body(published.cellsCsv(year).getBytes(StandardCharsets.UTF_8));
  }
}
