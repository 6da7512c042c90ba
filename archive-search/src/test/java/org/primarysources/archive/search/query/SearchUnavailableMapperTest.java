package org.primarysources.archive.search.query;

import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mapper's answer itself needs a JAX-RS runtime (Response, Problem's media type); here: what it says and that
 * JAX-RS finds it for exactly this exception.
 */
class SearchUnavailableMapperTest {

    @Test
    void anUnreachableIndexIsA503ThatRevealsNothing() {
        assertThat(SearchUnavailableMapper.STATUS).isEqualTo(503);
        assertThat(SearchUnavailableMapper.TITLE).isEqualTo("Service Unavailable");
        assertThat(SearchUnavailableMapper.DETAIL).isEqualTo("search is temporarily unavailable");
    }

    @Test
    void isAProviderForSearchUnavailableExceptionOnly() {
        assertThat(SearchUnavailableMapper.class.isAnnotationPresent(Provider.class)).isTrue();
        ParameterizedType mapper = Arrays.stream(SearchUnavailableMapper.class.getGenericInterfaces())
                .map(ParameterizedType.class::cast)
                .filter(type -> type.getRawType() == ExceptionMapper.class)
                .findFirst().orElseThrow();
        assertThat(mapper.getActualTypeArguments()).containsExactly(SearchUnavailableException.class);
    }
}
