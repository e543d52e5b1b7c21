// Copies a shared library and makes it cheap to load (docs/decisions.md):
//
// 1. Lazy binding: clears its BIND_NOW flags (DT_FLAGS's DF_BIND_NOW,
//    DT_FLAGS_1's DF_1_NOW) and its RELRO segment, so the dynamic linker
//    resolves functions on first call instead of all ~30,000 of libnode's at
//    start-up.
// 2. Prebinding of the library's own symbols: a data relocation
//    (R_X86_64_64, R_X86_64_GLOB_DAT) against a symbol the library itself
//    defines becomes an R_X86_64_RELATIVE one, and the GOT slot of a PLT
//    call to such a function is filled with the function's offset instead
//    of the address of the PLT's resolver stub. The dynamic linker then adds
//    the load address and never looks those names up: the hash lookups were
//    over half of the time spent before `main`.
//    Only names nothing else can define are prebound: strong (STB_GLOBAL)
//    definitions, and weak or unique ones (inline functions, template
//    instances, vtables of vague linkage) in libnode's private namespaces
//    (v8::internal, node, ...). Those of V8's public API and of the C++
//    library stay symbolic, because the executable may define and export
//    the same ones and then its copies must win. `--check EXE LIB` verifies
//    after linking that the executable indeed defines none of the prebound
//    names, so the build fails rather than silently binding to the wrong
//    copy.
//
// Usage: vigil_lazy_bind IN.so OUT.so
//        vigil_lazy_bind --lazy-only IN.so OUT.so   (step 1 only)
//        vigil_lazy_bind --check EXE LIB.so
//        vigil_lazy_bind --drop-page-cache FILE...
#include <elf.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <unordered_set>
#include <vector>

namespace {

std::vector<char> ReadFile(const char* path) {
  std::ifstream in(path, std::ios::binary);
  return std::vector<char>((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

template <typename T>
T Read(const std::vector<char>& data, size_t at) {
  T value;
  std::memcpy(&value, data.data() + at, sizeof(T));
  return value;
}

template <typename T>
void Write(std::vector<char>* data, size_t at, const T& value) {
  std::memcpy(data->data() + at, &value, sizeof(T));
}

// The parts of a loaded ELF file this tool needs, found through the program
// headers (which is what the dynamic linker reads too).
struct Elf {
  std::vector<char>* data = nullptr;
  Elf64_Ehdr ehdr{};
  std::vector<Elf64_Phdr> phdrs;
  size_t dynamic_offset = 0, dynamic_size = 0;
  Elf64_Addr symtab = 0, strtab = 0, rela = 0, jmprel = 0;
  Elf64_Xword relasz = 0, pltrelsz = 0, strsz = 0;
  Elf64_Addr gnu_hash = 0;

  bool Open(std::vector<char>* bytes) {
    data = bytes;
    if (data->size() < sizeof(Elf64_Ehdr) || std::memcmp(data->data(), ELFMAG, SELFMAG) != 0 ||
        (*data)[EI_CLASS] != ELFCLASS64)
      return false;
    ehdr = Read<Elf64_Ehdr>(*data, 0);
    for (int i = 0; i < ehdr.e_phnum; i++) {
      size_t at = ehdr.e_phoff + static_cast<size_t>(i) * ehdr.e_phentsize;
      if (at + sizeof(Elf64_Phdr) > data->size()) return false;
      phdrs.push_back(Read<Elf64_Phdr>(*data, at));
      if (phdrs.back().p_type == PT_DYNAMIC) {
        dynamic_offset = phdrs.back().p_offset;
        dynamic_size = phdrs.back().p_filesz;
      }
    }
    for (size_t off = dynamic_offset; off + sizeof(Elf64_Dyn) <= dynamic_offset + dynamic_size;
         off += sizeof(Elf64_Dyn)) {
      Elf64_Dyn dyn = Read<Elf64_Dyn>(*data, off);
      if (dyn.d_tag == DT_NULL) break;
      switch (dyn.d_tag) {
        case DT_SYMTAB: symtab = dyn.d_un.d_ptr; break;
        case DT_STRTAB: strtab = dyn.d_un.d_ptr; break;
        case DT_STRSZ: strsz = dyn.d_un.d_val; break;
        case DT_RELA: rela = dyn.d_un.d_ptr; break;
        case DT_RELASZ: relasz = dyn.d_un.d_val; break;
        case DT_JMPREL: jmprel = dyn.d_un.d_ptr; break;
        case DT_PLTRELSZ: pltrelsz = dyn.d_un.d_val; break;
        case DT_GNU_HASH: gnu_hash = dyn.d_un.d_ptr; break;
      }
    }
    return dynamic_size != 0;
  }

  // The file offset of a virtual address, or 0 when no segment maps it
  // from the file.
  size_t Offset(Elf64_Addr vaddr) const {
    for (const Elf64_Phdr& ph : phdrs) {
      if (ph.p_type == PT_LOAD && vaddr >= ph.p_vaddr && vaddr < ph.p_vaddr + ph.p_filesz)
        return ph.p_offset + (vaddr - ph.p_vaddr);
    }
    return 0;
  }

  Elf64_Sym Symbol(size_t index) const {
    return Read<Elf64_Sym>(*data, Offset(symtab) + index * sizeof(Elf64_Sym));
  }

  const char* Name(const Elf64_Sym& sym) const { return data->data() + Offset(strtab) + sym.st_name; }

  // The number of dynamic symbols, from the GNU hash table's chains (the
  // dynamic section does not record it).
  size_t SymbolCount() const {
    if (gnu_hash == 0) return 0;
    size_t at = Offset(gnu_hash);
    uint32_t nbuckets = Read<uint32_t>(*data, at), symoffset = Read<uint32_t>(*data, at + 4);
    uint32_t bloom_size = Read<uint32_t>(*data, at + 8);
    size_t buckets = at + 16 + static_cast<size_t>(bloom_size) * 8;
    size_t chains = buckets + static_cast<size_t>(nbuckets) * 4;
    uint32_t last = 0;
    for (uint32_t b = 0; b < nbuckets; b++) last = std::max(last, Read<uint32_t>(*data, buckets + b * 4));
    if (last < symoffset) return symoffset;
    while ((Read<uint32_t>(*data, chains + (last - symoffset) * 4) & 1) == 0) last++;
    return last + 1;
  }
};

// The outermost namespace of a mangled C++ name ("v8::internal" for
// _ZN2v88internal..., "node" for _ZTVN4node...), or "" when the name is not
// a nested one or starts in std (the `S` substitutions).
std::string OuterNamespace(const char* name) {
  if (std::strncmp(name, "_Z", 2) != 0) return "";
  const char* p = name + 2;
  // Special names: vtables, VTTs, typeinfo and their names, guard variables.
  if ((p[0] == 'T' && (p[1] == 'V' || p[1] == 'T' || p[1] == 'I' || p[1] == 'S')) || (p[0] == 'G' && p[1] == 'V'))
    p += 2;
  if (*p == 'Z') p++;  // an entity local to a function: its function's name follows
  if (*p != 'N') return "";
  p++;
  while (*p == 'r' || *p == 'V' || *p == 'K' || *p == 'R' || *p == 'O') p++;
  std::string result;
  for (int parts = 0; parts < 2 && *p >= '1' && *p <= '9'; parts++) {
    size_t length = std::strtoul(p, const_cast<char**>(&p), 10);
    if (std::strlen(p) < length) break;
    if (!result.empty()) result += "::";
    result.append(p, length);
    p += length;
  }
  return result;
}

// Namespaces an embedder can name in its own code: V8's public API (with
// cppgc's, whose public headers reach into cppgc::internal) and the C++
// library. Their inline functions and template instances may be emitted (and
// exported) by the executable too, so references to them stay symbolic.
// Everything else libnode defines is its own (v8::internal, node, simdutf,
// ...): nothing outside the library can define those names, and `--check`
// fails the build if the executable ever does.
bool PublicNamespace(const std::string& ns) {
  if (ns.empty()) return true;
  if (ns.rfind("v8::internal", 0) == 0 || ns.rfind("v8::base", 0) == 0) return false;
  if (ns.rfind("v8_inspector::protocol", 0) == 0) return false;
  for (const char* pub : {"v8", "v8_inspector", "cppgc", "__gnu_cxx", "__cxxabiv1"}) {
    size_t n = std::strlen(pub);
    if (ns.compare(0, n, pub) == 0 && (ns.size() == n || ns.compare(n, 2, "::") == 0)) return true;
  }
  return false;
}

// A symbol whose every reference inside the library can be bound at build
// time: defined here, an ordinary function or object, and either strong or
// in one of the library's private namespaces.
bool Prebindable(const Elf64_Sym& sym, const char* name) {
  if (sym.st_shndx == SHN_UNDEF || sym.st_shndx == SHN_ABS) return false;
  int type = ELF64_ST_TYPE(sym.st_info);
  if (type != STT_FUNC && type != STT_OBJECT && type != STT_NOTYPE) return false;
  int bind = ELF64_ST_BIND(sym.st_info);
  if (bind == STB_GLOBAL) return true;
  if (bind != STB_WEAK && bind != STB_GNU_UNIQUE) return false;
  return !PublicNamespace(OuterNamespace(name));
}

int Prebind(Elf* elf) {
  int prebound = 0;
  size_t rela_at = elf->Offset(elf->rela);
  for (size_t off = rela_at; elf->rela != 0 && off < rela_at + elf->relasz; off += sizeof(Elf64_Rela)) {
    Elf64_Rela r = Read<Elf64_Rela>(*elf->data, off);
    uint32_t type = ELF64_R_TYPE(r.r_info);
    if (type != R_X86_64_64 && type != R_X86_64_GLOB_DAT) continue;
    Elf64_Sym sym = elf->Symbol(ELF64_R_SYM(r.r_info));
    if (!Prebindable(sym, elf->Name(sym))) continue;
    r.r_addend += static_cast<Elf64_Sxword>(sym.st_value);
    r.r_info = ELF64_R_INFO(0, R_X86_64_RELATIVE);
    Write(elf->data, off, r);
    prebound++;
  }
  size_t plt_at = elf->Offset(elf->jmprel);
  for (size_t off = plt_at; elf->jmprel != 0 && off < plt_at + elf->pltrelsz; off += sizeof(Elf64_Rela)) {
    Elf64_Rela r = Read<Elf64_Rela>(*elf->data, off);
    if (ELF64_R_TYPE(r.r_info) != R_X86_64_JUMP_SLOT) continue;
    Elf64_Sym sym = elf->Symbol(ELF64_R_SYM(r.r_info));
    if (!Prebindable(sym, elf->Name(sym)) || ELF64_ST_TYPE(sym.st_info) != STT_FUNC) continue;
    // In lazy mode the dynamic linker only adds the load address to this
    // slot; holding the function's offset, it then points at the function.
    size_t slot = elf->Offset(r.r_offset);
    if (slot == 0) continue;
    Write<Elf64_Addr>(elf->data, slot, sym.st_value);
    prebound++;
  }
  return prebound;
}

int ClearBindNow(Elf* elf) {
  int cleared = 0;
  for (int i = 0; i < elf->ehdr.e_phnum; i++) {
    size_t at = elf->ehdr.e_phoff + static_cast<size_t>(i) * elf->ehdr.e_phentsize;
    Elf64_Phdr phdr = Read<Elf64_Phdr>(*elf->data, at);
    if (phdr.p_type == PT_GNU_RELRO) {
      // With BIND_NOW the GOT sits in the RELRO range and is made read-only
      // after relocation; lazy binding writes to it on first call.
      phdr.p_type = PT_NULL;
      Write(elf->data, at, phdr);
      cleared++;
    }
  }
  for (size_t off = elf->dynamic_offset; off + sizeof(Elf64_Dyn) <= elf->dynamic_offset + elf->dynamic_size;
       off += sizeof(Elf64_Dyn)) {
    Elf64_Dyn dyn = Read<Elf64_Dyn>(*elf->data, off);
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
    Write(elf->data, off, dyn);
  }
  return cleared;
}

// Fails when the executable defines (or, through a canonical PLT entry,
// claims the address of) a name the library had prebound: the library would
// use its own copy where the dynamic linker would have chosen the
// executable's.
int Check(const char* exe_path, const char* lib_path) {
  std::vector<char> exe_bytes = ReadFile(exe_path), lib_bytes = ReadFile(lib_path);
  Elf exe, lib;
  if (!exe.Open(&exe_bytes) || !lib.Open(&lib_bytes)) {
    std::fprintf(stderr, "lazy_bind: cannot read %s or %s\n", exe_path, lib_path);
    return 1;
  }
  std::unordered_set<std::string> prebound;
  for (size_t i = 1, n = lib.SymbolCount(); i < n; i++) {
    Elf64_Sym sym = lib.Symbol(i);
    if (Prebindable(sym, lib.Name(sym))) prebound.insert(lib.Name(sym));
  }
  int clashes = 0;
  for (size_t i = 1, n = exe.SymbolCount(); i < n; i++) {
    Elf64_Sym sym = exe.Symbol(i);
    if (sym.st_shndx == SHN_UNDEF && sym.st_value == 0) continue;
    if (prebound.count(exe.Name(sym)) == 0) continue;
    std::fprintf(stderr, "lazy_bind: %s defines %s, which %s binds to its own copy\n", exe_path, exe.Name(sym),
                 lib_path);
    clashes++;
  }
  return clashes == 0 ? 0 : 1;
}

// Evicts files from the page cache. Pages that the build wrote, or that the
// linker read, stay cached as large folios, and a later mmap maps them whole:
// every vigil run after a build had megabytes more of resident libraries
// until the kernel evicted them. Read back through page faults, only what a
// run touches is mapped.
void DropPageCache(const char* path) {
  int fd = open(path, O_RDONLY);
  if (fd < 0) return;
  fdatasync(fd);
  posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
  close(fd);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 4 && std::strcmp(argv[1], "--check") == 0) return Check(argv[2], argv[3]);
  if (argc >= 2 && std::strcmp(argv[1], "--drop-page-cache") == 0) {
    for (int i = 2; i < argc; i++) DropPageCache(argv[i]);
    return 0;
  }
  // --lazy-only: a system library, whose names the libraries before it in
  // the lookup order may define too; only its BIND_NOW flags are cleared.
  bool lazy_only = argc == 4 && std::strcmp(argv[1], "--lazy-only") == 0;
  if (lazy_only) {
    argv++;
    argc--;
  }
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s [--lazy-only] IN.so OUT.so | --check EXE LIB.so\n", argv[0]);
    return 2;
  }
  std::vector<char> data = ReadFile(argv[1]);
  Elf elf;
  if (!elf.Open(&data)) {
    std::fprintf(stderr, "lazy_bind: %s is not a 64-bit ELF shared library\n", argv[1]);
    return 1;
  }
  int cleared = ClearBindNow(&elf);
  int prebound = lazy_only ? 0 : Prebind(&elf);
  std::string tmp = std::string(argv[2]) + ".tmp";
  std::ofstream out(tmp, std::ios::binary);
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
  out.close();
  if (!out || std::rename(tmp.c_str(), argv[2]) != 0) {
    std::fprintf(stderr, "lazy_bind: cannot write %s\n", argv[2]);
    return 1;
  }
  DropPageCache(argv[2]);
  std::printf("lazy_bind: cleared %d bind-now flag(s) and RELRO segment(s), prebound %d relocation(s)\n", cleared,
              prebound);
  return 0;
}
