package io.juesuan.core.edition;

import io.juesuan.core.JuesuanException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Where an edition's files are: a folder of the classpath or of the file system. */
sealed interface EditionSource {

  /** For messages: "classpath:io/juesuan/core/editions/hubei-2023" or a folder path. */
  String location();

  /** The lines of a file of the edition (UTF-8), empty when the edition has no such file. */
  Optional<List<String>> lines(String file);

  /** An edition folder on the classpath. */
  record Classpath(ClassLoader loader, String folder) implements EditionSource {
    public Classpath {
      Objects.requireNonNull(loader, "loader");
      Objects.requireNonNull(folder, "folder");
    }

    @Override
    public String location() {
      return "classpath:" + folder;
    }

    @Override
    public Optional<List<String>> lines(String file) {
      try (InputStream in = loader.getResourceAsStream(folder + "/" + file)) {
        if (in == null) {
          return Optional.empty();
        }
        return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
      } catch (IOException e) {
        throw new JuesuanException("读取版本文件失败 " + location() + "/" + file, e);
      }
    }
  }

  /** An edition folder on disk (an edition added without rebuilding). */
  record Directory(Path folder) implements EditionSource {
    public Directory {
      Objects.requireNonNull(folder, "folder");
    }

    @Override
    public String location() {
      return folder.toString();
    }

    @Override
    public Optional<List<String>> lines(String file) {
      Path p = folder.resolve(file);
      if (!Files.isRegularFile(p)) {
        return Optional.empty();
      }
      try {
        return Optional.of(Files.readAllLines(p, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new JuesuanException("读取版本文件失败 " + p + ": " + e.getMessage(), e);
      }
    }
  }
}
