package org.thongsuot.dossiers.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.thongsuot.dossiers.ComponentFile;
import org.thongsuot.dossiers.DossierView;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;

/** Checks received files (size, real type from the bytes, a name that does not disguise it) and stores them. */
@Component
class DossierFiles {

	private final BlobStore blobs;
	private final DossiersProperties properties;

	DossierFiles(BlobStore blobs, DossiersProperties properties) {
		this.blobs = blobs;
		this.properties = properties;
	}

	/** Checks every file first, so that a bad one refuses the request before anything is stored. */
	List<DossierView.FileInfo> check(List<ComponentFile> files) {
		List<DossierView.FileInfo> infos = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			ComponentFile file = files.get(i);
			String parameter = "files[" + i + "]";
			if (file == null || file.content() == null || file.content().length == 0) {
				throw ApiException.ofParameter(ErrorCode.MISSING_PARAMETER, parameter + ".content", "file");
			}
			if (file.component() == null || file.component().isBlank()) {
				throw ApiException.ofParameter(ErrorCode.MISSING_PARAMETER, parameter + ".component", "text");
			}
			String name = file.fileName() == null || file.fileName().isBlank() ? "file" : file.fileName().strip();
			long max = properties.maxFileSize().toBytes();
			if (file.content().length > max) {
				throw ApiException.ofParameter(ErrorCode.FILE_TOO_LARGE, parameter, name, file.content().length, max);
			}
			String type = FileTypes.sniff(file.content()).orElseThrow(
					() -> ApiException.ofParameter(ErrorCode.FILE_TYPE_REFUSED, parameter, name));
			if (!FileTypes.nameAgrees(name, type)) {
				throw ApiException.ofParameter(ErrorCode.FILE_TYPE_REFUSED, parameter, name)
						.withDetail("problem.FILE_TYPE_REFUSED.disguised", name, type);
			}
			infos.add(new DossierView.FileInfo(file.component().strip(), name, type, file.content().length,
					BlobStore.sha256(file.content()), null));
		}
		return infos;
	}

	/**
	 * Stores the checked files' bytes, in the transaction that records them (a directory store writes them
	 * durably at once; a file of a receipt that then rolls back is harmless in a content-addressed store).
	 */
	void storeBlobs(List<ComponentFile> files) {
		try {
			blobs.putAll(files.stream().map(ComponentFile::content).toList());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Stores the checked files and records them on the dossier; what was recorded, in order. */
	List<DossierView.FileInfo> store(DossierRepository repository, long dossierId, List<ComponentFile> files,
			List<DossierView.FileInfo> checked, Instant at, String by) {
		List<DossierView.FileInfo> recorded = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			try {
				blobs.put(files.get(i).content());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			DossierView.FileInfo f = checked.get(i);
			DossierView.FileInfo file = new DossierView.FileInfo(f.component(), f.fileName(), f.contentType(), f.size(),
					f.sha256(), at);
			repository.insertFile(dossierId, file, by);
			recorded.add(file);
		}
		return recorded;
	}

	/** The component name result documents are checked under (they answer no paper of the procedure). */
	static final String RESULT = "Kết quả giải quyết";

	static ComponentFile asResult(ComponentFile file) {
		return file == null ? null : new ComponentFile(RESULT, file.fileName(), file.content());
	}

	/** Stores a checked result document and records it on the dossier; what was recorded. */
	DossierView.FileInfo storeResult(DossierRepository repository, long dossierId, ComponentFile file, DossierView.FileInfo checked,
			Instant at, String by) {
		try {
			blobs.put(file.content());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		DossierView.FileInfo result = new DossierView.FileInfo(null, checked.fileName(), checked.contentType(),
				checked.size(), checked.sha256(), at, checked.signatures() == null ? List.of() : checked.signatures());
		repository.insertResult(dossierId, result, by);
		return result;
	}

	/** The bytes of a stored file. */
	byte[] read(String sha256) {
		try (var in = blobs.open(sha256)) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
