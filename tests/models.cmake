# The item models of model/models/, against the real sample lists and hand-built reports.
ctl_add_test(tst_models tst_models.cpp)
target_compile_definitions(tst_models PRIVATE CTLFIXTURE_PATH="$<TARGET_FILE:ctlfixture>")
add_dependencies(tst_models ctlfixture)
