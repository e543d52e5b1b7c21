// Copies a shared library and clears its BIND_NOW flags (DT_FLAGS's
// DF_BIND_NOW, DT_FLAGS_1's DF_1_NOW) and its RELRO segment, so the dynamic linker resolves
// functions on first call instead of all ~30,000 of libnode's at start-up.
// That is most of vigil's start-up time; see docs/decisions.md.
// Usage: vigil_lazy_bind IN.so OUT.so
#include <elf.h>
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s IN.so OUT.so\n", argv[0]);
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::vector<char> data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (data.size() < sizeof(Elf64_Ehdr) || std::memcmp(data.data(), ELFMAG, SELFMAG) != 0 ||
      data[EI_CLASS] != ELFCLASS64) {
    std::fprintf(stderr, "lazy_bind: %s is not a 64-bit ELF file\n", argv[1]);
    return 1;
  }
  Elf64_Ehdr ehdr;
  std::memcpy(&ehdr, data.data(), sizeof(ehdr));
  int cleared = 0;
  for (int i = 0; i < ehdr.e_phnum; i++) {
    Elf64_Phdr phdr;
    size_t at = ehdr.e_phoff + static_cast<size_t>(i) * ehdr.e_phentsize;
    if (at + sizeof(phdr) > data.size()) return 1;
    std::memcpy(&phdr, data.data() + at, sizeof(phdr));
    if (phdr.p_type == PT_GNU_RELRO) {
      // With BIND_NOW the GOT sits in the RELRO range and is made read-only
      // after relocation; lazy binding writes to it on first call.
      phdr.p_type = PT_NULL;
      std::memcpy(data.data() + at, &phdr, sizeof(phdr));
      cleared++;
      continue;
    }
    if (phdr.p_type != PT_DYNAMIC) continue;
    for (size_t off = phdr.p_offset; off + sizeof(Elf64_Dyn) <= phdr.p_offset + phdr.p_filesz;
         off += sizeof(Elf64_Dyn)) {
      Elf64_Dyn dyn;
      std::memcpy(&dyn, data.data() + off, sizeof(dyn));
      if (dyn.d_tag == DT_NULL) break;
      if (dyn.d_tag == DT_FLAGS && (dyn.d_un.d_val & DF_BIND_NOW)) {
        dyn.d_un.d_val &= ~static_cast<Elf64_Xword>(DF_BIND_NOW);
        cleared++;
      } else if (dyn.d_tag == DT_FLAGS_1 && (dyn.d_un.d_val & DF_1_NOW)) {
        dyn.d_un.d_val &= ~static_cast<Elf64_Xword>(DF_1_NOW);
        cleared++;
      } else if (dyn.d_tag == DT_BIND_NOW) {
        dyn.d_tag = DT_DEBUG;  // a harmless tag of the same size
        cleared++;
      }
      std::memcpy(data.data() + off, &dyn, sizeof(dyn));
    }
  }
  std::string tmp = std::string(argv[2]) + ".tmp";
  std::ofstream out(tmp, std::ios::binary);
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
  out.close();
  if (!out || std::rename(tmp.c_str(), argv[2]) != 0) {
    std::fprintf(stderr, "lazy_bind: cannot write %s\n", argv[2]);
    return 1;
  }
  // Pages written through write() sit in the page cache as large folios that
  // a later mmap maps whole, inflating every vigil's RSS by megabytes; drop
  // them so the library is read back like any installed one.
  int fd = open(argv[2], O_RDONLY);
  if (fd >= 0) {
    fdatasync(fd);
    posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    close(fd);
  }
  std::printf("lazy_bind: cleared %d bind-now flag(s) and RELRO segment(s)\n", cleared);
  return 0;
}
