package kr.go.smartfactory.housekeeping.batch;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.housekeeping.application.Housekeeping;

/** Deletes a chunk of spent tokens in the chunk's transaction. */
@Named
@Dependent
public class SpentTokenWriter extends AbstractItemWriter {

    @Inject
    private Housekeeping housekeeping;

    @Override
    public void writeItems(List<Object> items) {
        housekeeping.purgeTokens(items.stream().map(Long.class::cast).toList());
    }
}
