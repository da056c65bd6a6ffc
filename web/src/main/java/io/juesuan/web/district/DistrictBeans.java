package io.juesuan.web.district;

import io.juesuan.core.port.DistrictRepository;
import io.juesuan.persistence.JdbcDistrictRepository;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the district's persistence adapter. */
@Configuration
class DistrictBeans {
  @Bean
  DistrictRepository districtRepository(DataSource dataSource) {
    return new JdbcDistrictRepository(dataSource);
  }
}
