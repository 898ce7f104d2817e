package cn.hoist.crm.vehicle;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.hoist.crm.vehicle.internal.ModelRepository;

/** The makes and models staff pick from (seeded with the makes common in China). */
@Service
public class ModelLibrary {

    private final ModelRepository models;

    ModelLibrary(ModelRepository models) {
        this.models = models;
    }

    @Transactional(readOnly = true)
    public List<CarMake> makes() {
        return models.makes();
    }

    @Transactional(readOnly = true)
    public List<CarModel> models() {
        return models.models();
    }

    @Transactional(readOnly = true)
    public Optional<CarModel> model(int id) {
        return models.model(id);
    }
}
