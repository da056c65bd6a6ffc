package io.juesuan.web.district;

import io.juesuan.persistence.JdbcDistrictRepository;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the district's persistence adapter. */
@Configuration
class DistrictBeans {
  @Bean
  JdbcDistrictRepository districtRepository(DataSource dataSource) {
    return new JdbcDistrictRepository(dataSource);
  }
}
